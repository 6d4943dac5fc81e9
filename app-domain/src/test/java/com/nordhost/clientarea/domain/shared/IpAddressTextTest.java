package com.nordhost.clientarea.domain.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 5952 section 4's rules, with its examples, and what a servlet container hands over. */
class IpAddressTextTest {

    @Test
    void ipv6_as_the_servlet_container_gives_it_becomes_the_recommended_text() {
        assertThat(IpAddressText.compact("0:0:0:0:0:0:0:1")).isEqualTo("::1");
        assertThat(IpAddressText.compact("2001:db8:0:0:0:0:0:1")).isEqualTo("2001:db8::1");
        assertThat(IpAddressText.compact("2001:0DB8:0000:0000:0000:0000:0000:0001")).isEqualTo("2001:db8::1");
        assertThat(IpAddressText.compact("0:0:0:0:0:0:0:0")).isEqualTo("::");
    }

    @Test
    void one_zero_group_stays_and_the_first_longest_run_is_shortened() {
        assertThat(IpAddressText.compact("2001:db8:0:1:1:1:1:1")).isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(IpAddressText.compact("2001:db8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");
        assertThat(IpAddressText.compact("2001:0:0:1:0:0:0:1")).isEqualTo("2001:0:0:1::1");
        assertThat(IpAddressText.compact("fe80:0:0:0:0:0:0:0")).isEqualTo("fe80::");
    }

    @Test
    void ipv4_unknown_and_unparsable_text_are_kept() {
        assertThat(IpAddressText.compact("198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(IpAddressText.compact("::ffff:198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(IpAddressText.compact(null)).isNull();
        assertThat(IpAddressText.compact("not:an:address")).isEqualTo("not:an:address");
        assertThat(IpAddressText.compact("fe80::1%eth0")).isEqualTo("fe80::1%eth0");
    }

    @Test
    void every_origin_carries_the_compact_form() {
        assertThat(new RequestOrigin("0:0:0:0:0:0:0:1", "x").sourceIp()).isEqualTo("::1");
    }
}
