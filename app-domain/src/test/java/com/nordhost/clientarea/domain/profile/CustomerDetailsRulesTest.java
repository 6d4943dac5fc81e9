package com.nordhost.clientarea.domain.profile;

import static com.nordhost.clientarea.domain.profile.CustomerDetailsRules.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.profile.CustomerDetailsOutcome.Reason;
import com.nordhost.clientarea.domain.profile.CustomerDetailsRules.Field;
import org.junit.jupiter.api.Test;

class CustomerDetailsRulesTest {

    @Test
    void a_name_is_required_and_at_most_200_characters_counted_as_people_count_them() {
        assertThat(problem(Field.FULL_NAME, "  ")).contains(Reason.REQUIRED);
        assertThat(problem(Field.FULL_NAME, "Å".repeat(200))).isEmpty();
        assertThat(problem(Field.FULL_NAME, "😀".repeat(200))).as("200 emoji are 400 UTF-16 units").isEmpty();
        assertThat(problem(Field.FULL_NAME, "x".repeat(201))).contains(Reason.TOO_LONG);
        assertThat(problem(Field.FULL_NAME, "x".repeat(100_000))).contains(Reason.TOO_LONG);
    }

    @Test
    void control_characters_are_refused_in_every_field_on_every_database() {
        for (Field field : Field.values()) {
            assertThat(problem(field, "Storgatan\u00001")).as(field.key()).contains(Reason.CONTROL_CHARACTERS);
        }
        assertThat(problem(Field.STREET, "Storgatan 1\nc/o Andersson")).contains(Reason.CONTROL_CHARACTERS);
        assertThat(problem(Field.STREET, "Storgatan 1 c/o Åsa Öberg")).isEmpty();
    }

    @Test
    void optional_fields_may_stay_empty_but_what_is_typed_must_fit_the_format() {
        assertThat(problem(Field.PHONE, "")).isEmpty();
        assertThat(problem(Field.PHONE, "+46 8 123 456 00")).isEmpty();
        assertThat(problem(Field.PHONE, "call me")).contains(Reason.FORMAT);
        assertThat(problem(Field.POSTAL_CODE, "111 22")).isEmpty();
        assertThat(problem(Field.POSTAL_CODE, "SW1A 1AA")).isEmpty();
        assertThat(problem(Field.POSTAL_CODE, "1")).contains(Reason.FORMAT);
        assertThat(problem(Field.EMAIL, "anna@example")).contains(Reason.FORMAT);
        assertThat(problem(Field.EMAIL, "anna@example.com")).isEmpty();
    }
}
