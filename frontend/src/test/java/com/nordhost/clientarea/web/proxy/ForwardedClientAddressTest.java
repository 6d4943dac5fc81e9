package com.nordhost.clientarea.web.proxy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ForwardedClientAddressTest {

    private static final Set<String> BALANCER = Set.of("10.0.0.5");

    @Test
    void the_balancer_names_the_client() {
        assertThat(ForwardedClientAddress.clientAddress("10.0.0.5", List.of("203.0.113.7"), BALANCER))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void a_header_from_anyone_but_a_trusted_proxy_is_ignored() {
        assertThat(ForwardedClientAddress.clientAddress("198.51.100.9", List.of("203.0.113.7"), BALANCER))
                .isEqualTo("198.51.100.9");
        assertThat(ForwardedClientAddress.clientAddress("10.0.0.5", List.of("203.0.113.7"), Set.of()))
                .as("no proxy is trusted by default").isEqualTo("10.0.0.5");
    }

    @Test
    void what_the_client_wrote_itself_in_front_of_the_balancers_entry_is_not_believed() {
        // The attacker sends "X-Forwarded-For: 192.0.2.1" to get someone else's throttle; the balancer appends
        // the address it really saw.
        assertThat(ForwardedClientAddress.clientAddress("10.0.0.5", List.of("192.0.2.1", "203.0.113.7"), BALANCER))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void chained_trusted_proxies_are_skipped() {
        Set<String> proxies = Set.of("10.0.0.5", "10.0.0.6");
        assertThat(ForwardedClientAddress.clientAddress("10.0.0.5", List.of("203.0.113.7", "10.0.0.6"), proxies))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void garbage_in_the_header_never_becomes_the_address() {
        assertThat(ForwardedClientAddress.clientAddress("10.0.0.5", List.of("<script>"), BALANCER))
                .isEqualTo("10.0.0.5");
        assertThat(ForwardedClientAddress.clientAddress("10.0.0.5", List.of("unknown", "2001:db8::1"), BALANCER))
                .isEqualTo("2001:db8::1");
        assertThat(ForwardedClientAddress.clientAddress("10.0.0.5", List.of(), BALANCER)).isEqualTo("10.0.0.5");
    }
}
