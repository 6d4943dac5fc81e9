package com.nordhost.clientarea.domain.securitykey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which keys may sign in alone (decision 0045): only a passkey asked for, verified at registration and now. */
class KeyUseTest {

    @Test
    void a_key_signs_in_alone_only_when_a_passkey_was_asked_for_and_it_verified_its_user() {
        assertThat(KeyUse.granted(KeyUse.SIGNS_IN_ALONE, true)).isEqualTo(KeyUse.SIGNS_IN_ALONE);
        assertThat(KeyUse.granted(KeyUse.SIGNS_IN_ALONE, false)).as("no PIN, fingerprint or face at registration")
                .isEqualTo(KeyUse.AFTER_PASSWORD);
        assertThat(KeyUse.granted(KeyUse.AFTER_PASSWORD, true)).as("the customer's choice holds")
                .isEqualTo(KeyUse.AFTER_PASSWORD);
        assertThat(KeyUse.granted(KeyUse.AFTER_PASSWORD, false)).isEqualTo(KeyUse.AFTER_PASSWORD);
    }

    @Test
    void a_passkey_that_did_not_verify_its_user_this_time_does_not_sign_in_alone() {
        assertThat(KeyUse.SIGNS_IN_ALONE.signsInAloneWith(true)).isTrue();
        assertThat(KeyUse.SIGNS_IN_ALONE.signsInAloneWith(false)).isFalse();
        assertThat(KeyUse.AFTER_PASSWORD.signsInAloneWith(true)).isFalse();
        assertThat(KeyUse.AFTER_PASSWORD.signsInAloneWith(false)).isFalse();
    }
}
