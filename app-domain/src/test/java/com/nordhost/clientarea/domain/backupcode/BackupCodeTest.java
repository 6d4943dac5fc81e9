package com.nordhost.clientarea.domain.backupcode;

import com.nordhost.clientarea.domain.password.PasswordHashParameters;
import com.nordhost.clientarea.domain.password.PasswordHasher;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BackupCodeTest {

    private final BackupCodeGenerator generator = new BackupCodeGenerator(new SecureRandom());

    @Test
    void has_eighty_bits_in_four_groups_of_four_without_look_alikes() {
        assertThat(BackupCode.ALPHABET).hasSize(32).doesNotContain("I", "L", "O", "U");
        // 16 characters × log2(32) = 80 bits.
        assertThat(BackupCode.LENGTH * (Math.log(BackupCode.ALPHABET.length()) / Math.log(2))).isGreaterThanOrEqualTo(80);
        BackupCode code = generator.generate();
        assertThat(code.display()).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
    }

    @Test
    void codes_do_not_repeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(generator.generate().value())).isTrue();
        }
    }

    @Test
    void input_ignores_case_spaces_and_dashes_and_forgives_look_alikes() {
        BackupCode code = BackupCode.parse("ABCD-EFGH-JKMN-PQ10").orElseThrow();
        assertThat(BackupCode.parse("abcd efgh jkmn pq10")).contains(code);
        assertThat(BackupCode.parse(" ABCDEFGHJKMNPQ10 ")).contains(code);
        assertThat(BackupCode.parse("ABCD-EFGH-JKMN-PQlo")).contains(code);
        assertThat(BackupCode.parse("ABCD-EFGH-JKMN-PQIO")).contains(code);
    }

    @Test
    void refuses_what_cannot_be_a_backup_code() {
        assertThat(BackupCode.parse("ABCD-EFGH-JKMN-PQR")).isEmpty();
        assertThat(BackupCode.parse("ABCD-EFGH-JKMN-PQRST")).isEmpty();
        assertThat(BackupCode.parse("ABCD-EFGH-JKMN-PQR!")).isEmpty();
        assertThat(BackupCode.parse("ABCD-EFGH-JKMN-PQRU")).isEmpty();
        assertThat(BackupCode.parse(null)).isEmpty();
        assertThat(BackupCode.parse("123456")).isEmpty();
    }

    @Test
    void never_shows_itself_in_to_string() {
        BackupCode code = generator.generate();
        assertThat(code.toString()).doesNotContain(code.value()).doesNotContain(code.display());
    }

    @Test
    void is_stored_as_a_salted_argon2id_hash_and_verifies_in_any_typed_form() {
        BackupCodeHasher hasher = new BackupCodeHasher(
                new PasswordHasher(PasswordHashParameters.FAST_FOR_TESTS, new SecureRandom()));
        BackupCode code = generator.generate();

        String hash = hasher.hash(code);

        assertThat(hash).startsWith("$argon2id$").doesNotContain(code.value());
        assertThat(hasher.hash(code)).isNotEqualTo(hash);
        BackupCode typed = BackupCode.parse(code.display().toLowerCase().replace("-", " ")).orElseThrow();
        assertThat(hasher.matches(typed, hash)).isTrue();
        assertThat(hasher.matches(generator.generate(), hash)).isFalse();
        assertThat(hasher.matches(code, null)).isFalse();
    }
}
