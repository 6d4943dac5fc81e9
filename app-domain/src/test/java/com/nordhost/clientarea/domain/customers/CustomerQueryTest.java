package com.nordhost.clientarea.domain.customers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerQueryTest {

    @Test
    void digits_alone_search_the_customer_number_with_its_leading_c() {
        assertThat(CustomerQuery.detect("100001"))
                .isEqualTo(new CustomerQuery(CustomerQuery.Kind.CUSTOMER_NUMBER, "C100001"));
        assertThat(CustomerQuery.detect(" 1000 ").text()).isEqualTo("C1000");
    }

    @Test
    void a_lower_case_customer_number_is_searched_upper_case() {
        assertThat(CustomerQuery.detect("c100001"))
                .isEqualTo(new CustomerQuery(CustomerQuery.Kind.CUSTOMER_NUMBER, "C100001"));
    }

    @Test
    void a_number_with_its_letter_is_kept_as_typed() {
        assertThat(CustomerQuery.detect("C100001").text()).isEqualTo("C100001");
        assertThat(new CustomerQuery(CustomerQuery.Kind.CUSTOMER_NUMBER, "C1").text()).isEqualTo("C1");
    }

    @Test
    void digits_in_a_name_or_address_search_are_left_alone() {
        assertThat(new CustomerQuery(CustomerQuery.Kind.NAME_PREFIX, "100001").text()).isEqualTo("100001");
        assertThat(CustomerQuery.detect("100001@example.com").text()).isEqualTo("100001@example.com");
    }
}
