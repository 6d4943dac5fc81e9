package com.nordhost.clientarea.persistence.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectionPoolsTest {

    @Test
    void a_pool_defined_in_a_wars_web_xml_is_named_by_its_app_and_jndi_name() {
        ConnectionPools.Pool pool = ConnectionPools.Pool.named(
                "__SYSTEM/pools/__datasource_definition/app-ui/java:app/jdbc/clientarea", null, 2, 3, 20, 0);

        assertThat(pool.application()).isEqualTo("app-ui");
        assertThat(pool.name()).isEqualTo("java:app/jdbc/clientarea");
        assertThat(pool.used()).isEqualTo(2);
        assertThat(pool.free()).isEqualTo(3);
    }

    @Test
    void a_pool_an_operator_defined_keeps_its_own_name() {
        ConnectionPools.Pool pool = ConnectionPools.Pool.named("ClientAreaPool", null, 0, 1, 32, 0);

        assertThat(pool.application()).isEmpty();
        assertThat(pool.name()).isEqualTo("ClientAreaPool");
    }

    @Test
    void outside_payara_there_are_no_pools_and_no_error() {
        assertThat(new ConnectionPools(ConnectionPoolsTest.class.getClassLoader()).read()).isEmpty();
    }
}
