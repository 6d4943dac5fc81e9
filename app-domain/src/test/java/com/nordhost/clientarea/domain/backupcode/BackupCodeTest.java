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
    void hasEightyBitsInFourGroupsOfFourWithoutLookAlikes() {
        assertThat(BackupCode.ALPHABET).hasSize(32).doesNotContain("I", "L", "O", "U");
        // 16 characters × log2(32) = 80 bits.
        assertThat(BackupCode.LENGTH * (Math.log(BackupCode.ALPHABET.length()) / Math.log(2))).isGreaterThanOrEqualTo(80);
        BackupCode code = generator.generate();
        assertThat(code.display()).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(generator.generate().value())).isTrue();
        }
    }

    @Test
    void inputIgnoresCaseSpacesAndDashesAndForgivesLookAlikes() {
        BackupCode code = BackupCode.parse("ABCD-EFGH-JKMN-PQ10").orElseThrow();
        assertThat(BackupCode.parse("abcd efgh jkmn pq10")).contains(code);
        assertThat(BackupCode.parse(" ABCDEFGHJKMNPQ10 ")).contains(code);
        assertThat(BackupCode.parse("ABCD-EFGH-JKMN-PQlo")).contains(code);
        assertThat(BackupCode.parse("ABCD-EFGH-JKMN-PQIO")).contains(code);
    }

    @Test
    void refusesWhatCannotBeABackupCode() {
        assertThat(BackupCode.parse("ABCD-EFGH-JKMN-PQR")).isEmpty();
        assertThat(BackupCode.parse("ABCD-EFGH-JKMN-PQRST")).isEmpty();
        assertThat(BackupCode.parse("ABCD-EFGH-JKMN-PQR!")).isEmpty();
        assertThat(BackupCode.parse("ABCD-EFGH-JKMN-PQRU")).isEmpty();
        assertThat(BackupCode.parse(null)).isEmpty();
        assertThat(BackupCode.parse("123456")).isEmpty();
    }

    @Test
    void neverShowsItselfInToString() {
        BackupCode code = generator.generate();
        assertThat(code.toString()).doesNotContain(code.value()).doesNotContain(code.display());
    }

    @Test
    void isStoredAsASaltedArgon2idHashAndVerifiesInAnyTypedForm() {
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
