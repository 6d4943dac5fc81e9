package com.nordhost.clientarea.domain.password;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void accepts_the_help_articles_special_characters_and_spaces() {
        assertThat(policy.problemsWith("Å Ä Ö å ä ö ¤ ½ § £ € ¨ ; < > & @")).isEmpty();
        assertThat(policy.problemsWith("correct horse battery staple")).isEmpty();
    }

    @Test
    void counts_code_points_not_utf16_units() {
        // Seven emoji are 14 UTF-16 units but 7 characters: too short.
        assertThat(policy.problemsWith("😀😀😀😀😀😀😀")).containsExactly(PasswordProblem.TOO_SHORT);
        assertThat(policy.problemsWith("😀😀😀😀😀😀😀😀")).isEmpty();
    }

    @Test
    void length_bounds_are_eight_and_two_hundred_fifty_six() {
        assertThat(policy.problemsWith("1234567")).containsExactly(PasswordProblem.TOO_SHORT);
        assertThat(policy.problemsWith("12345678")).isEmpty();
        assertThat(policy.problemsWith("é".repeat(256))).isEmpty();
        assertThat(policy.problemsWith("é".repeat(257))).containsExactly(PasswordProblem.TOO_LONG);
    }

    @Test
    void a_megabyte_is_too_long_before_it_is_normalized() {
        assertThat(policy.problemsWith("x".repeat(1024 * 1024))).containsExactly(PasswordProblem.TOO_LONG);
        assertThat(PasswordPolicy.tooLongToCheck("x".repeat(PasswordPolicy.MAX_INPUT_LENGTH))).isFalse();
        assertThat(PasswordPolicy.tooLongToCheck("x".repeat(PasswordPolicy.MAX_INPUT_LENGTH + 1))).isTrue();
    }

    @Test
    void measures_the_nfkc_form_that_is_hashed() {
        // "½" becomes "1⁄2" (3 code points) under NFKC: 3 × ½ is 9 characters, enough.
        assertThat(policy.problemsWith("½½½")).isEmpty();
        assertThat(PasswordPolicy.normalize("A\u030A")).isEqualTo("\u00C5");
    }

    @Test
    void refuses_control_characters_and_names_every_problem() {
        assertThat(policy.problemsWith("abc\u0007")).containsExactly(PasswordProblem.TOO_SHORT,
                PasswordProblem.CONTROL_CHARACTERS);
        assertThat(PasswordProblem.TOO_SHORT.text()).contains("8");
        assertThat(policy.problemsWith(null)).containsExactly(PasswordProblem.TOO_SHORT);
    }
}
