package com.nordhost.clientarea.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IpAddressTextTest {

    @Test
    void ipv6_in_the_compact_form_of_rfc_5952() {
        assertThat(IpAddressText.compact("2001:0DB8:0000:0000:0000:0000:0000:0001")).isEqualTo("2001:db8::1");
        assertThat(IpAddressText.compact("0:0:0:0:0:0:0:1")).isEqualTo("::1");
        assertThat(IpAddressText.compact("0:0:0:0:0:0:0:0")).isEqualTo("::");
        assertThat(IpAddressText.compact("2001:db8:0:1:0:0:0:1")).isEqualTo("2001:db8:0:1::1");
        // The first of two equally long runs; a single zero group stays a 0.
        assertThat(IpAddressText.compact("2001:db8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");
        assertThat(IpAddressText.compact("2001:db8:1:1:1:1:0:1")).isEqualTo("2001:db8:1:1:1:1:0:1");
        assertThat(IpAddressText.compact("fe80:0:0:0:0:0:0:0")).isEqualTo("fe80::");
    }

    @Test
    void ipv4_and_mapped_ipv4_read_as_ipv4() {
        assertThat(IpAddressText.compact("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(IpAddressText.compact("0:0:0:0:0:ffff:cb00:7107")).isEqualTo("203.0.113.7");
    }

    @Test
    void anything_else_comes_back_as_it_was_and_is_never_looked_up() {
        assertThat(IpAddressText.compact(null)).isNull();
        assertThat(IpAddressText.compact("  ")).isNull();
        assertThat(IpAddressText.compact("example.com")).isEqualTo("example.com");
        assertThat(IpAddressText.compact("unknown")).isEqualTo("unknown");
        assertThat(IpAddressText.compact("fe80::1%eth0")).isEqualTo("fe80::1%eth0");
    }
}
