package com.nordhost.clientarea.domain.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Known test vectors of the hashes a migration brings, each made by another implementation than the one that checks
 * them here: PHP's manual, libxcrypt (glibc's crypt, through Python), jBCrypt's test suite, passlib's and argon2-cffi's documentation, CPython's hashlib.
 */
class ForeignPasswordHashTest {

    private final PasswordHasher hasher = new PasswordHasher(PasswordHashParameters.FAST_FOR_TESTS, new SecureRandom());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PHP manual, password_verify | rasmuslerdorf | $2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a
            libxcrypt (glibc crypt), Unicode | Åsa ключ 🔑 lösen | $2y$10$Nordhost.Import.VectoevFbMEHj5j4Xg6JEVwS1BQgYGb03fb8G
            jBCrypt, abc | abc | $2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i
            jBCrypt, abc as $2b$ | abc | $2b$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i
            jBCrypt, alphabet | abcdefghijklmnopqrstuvwxyz | $2a$06$.rCVZVOThsIa97pEDOxvGuRRgzG64bvtJ0938xuqzv18d3ZpQhstC
            passlib docs, pbkdf2_sha256 | password | $pbkdf2-sha256$6400$0ZrzXitFSGltTQnBWOsdAw$Y11AchqV4b0sUisdZd0Xr97KWoymNE0LNNrnEgY4H9M
            hashlib, passlib pbkdf2_sha1 | Lösenord-ÅÄÖ € | $pbkdf2$131000$obLD1OX2BxgpOktcbX6PkA$WVXfTFJussK.7DQVpcWgDXAtMl4
            hashlib, passlib pbkdf2_sha512 | Lösenord-ÅÄÖ € | $pbkdf2-sha512$25000$obLD1OX2BxgpOktcbX6PkA$qxO2c/sgnhRIBB7TgdL1XhEL.DtbCng34WWDx31J5K9Y9x3bB6A1eHwttzwjfWg6ErHp.igSAVxEMU.sLbwIPw
            hashlib, Django pbkdf2_sha256 | correct horse | pbkdf2_sha256$260000$Qw7Vj3sXx5ZL$ldYNPpepbhBVlJOl54U782H5Kq1RSgoaJOybRk8xI+Y=
            argon2-cffi docs, m=65536 t=3 p=4 | correct horse battery staple | $argon2id$v=19$m=65536,t=3,p=4$MIIRqgvgQbgj220jfp0MPA$YfwJSVjtjSU0zzV/P3S9nnQ/USre2wvJMjfCIjrTQbg
            """)
    void a_known_vector_matches_its_password_and_nothing_else(String source, String password, String hash) {
        assertThat(PasswordHasher.checkable(hash)).as("checkable").isTrue();
        assertThat(hasher.matches(password, hash)).as("the right password").isTrue();
        assertThat(hasher.matches(password + "x", hash)).as("one letter more").isFalse();
        assertThat(hasher.matches(password.toUpperCase(), hash)).as("upper case").isFalse();
        assertThat(hasher.matches("", hash)).as("empty").isFalse();
        assertThat(hasher.needsRehash(hash)).as("replaced at login")
                .isEqualTo(!hash.startsWith("$argon2id$") ? true : hasher.needsRehash(hash));
    }

    @Test
    void every_foreign_format_is_replaced_at_login_and_the_products_own_is_not() {
        assertThat(hasher.needsRehash("$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a")).isTrue();
        assertThat(hasher.needsRehash("pbkdf2_sha256$260000$Qw7Vj3sXx5ZL$ldYNPpepbhBVlJOl54U782H5Kq1RSgoaJOybRk8xI+Y="))
                .isTrue();
        assertThat(hasher.needsRehash(hasher.hash("fresh"))).isFalse();
    }

    @Test
    void names_the_format() {
        assertThat(ForeignPasswordHash.parse("$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a"))
                .get().extracting(ForeignPasswordHash::format).isEqualTo(ForeignPasswordHash.Format.BCRYPT);
        assertThat(ForeignPasswordHash.parse("$pbkdf2$131000$obLD1OX2BxgpOktcbX6PkA$WVXfTFJussK.7DQVpcWgDXAtMl4"))
                .get().extracting(ForeignPasswordHash::format).isEqualTo(ForeignPasswordHash.Format.PBKDF2_SHA1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "password", "5f4dcc3b5aa765d61d8327deb882cf99", // plain text, MD5
            "$1$abc$def", "$5$rounds=5000$salt$hash", "$6$salt$hash", // crypt(3) MD5, SHA-crypt
            "$2x$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a", // the buggy $2x$ of old PHP
            "$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1", // one character short
            "$2y$31$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a", // a cost no login can afford
            "$argon2i$v=19$m=65536,t=2,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG", // Argon2i, not id
            "$argon2id$v=19$m=4194304,t=3,p=4$MIIRqgvgQbgj220jfp0MPA$YfwJSVjtjSU0zzV/P3S9nnQ/USre2wvJMjfCIjrTQbg",
            "$pbkdf2-sha256$6400$0ZrzXitFSGltTQnBWOsdAw$Y11AchqV4b0sUisdZd0Xr97KWoymNE0LNNrnEgY4H9", // short
            "$pbkdf2-sha256$999999999$0ZrzXitFSGltTQnBWOsdAw$Y11AchqV4b0sUisdZd0Xr97KWoymNE0LNNrnEgY4H9M",
            "$pbkdf2-md5$6400$0ZrzXitFSGltTQnBWOsdAw$Y11AchqV4b0sUisdZd0Xr97KWoymNE0LNNrnEgY4H9M",
            "pbkdf2_sha256$260000$salt$not base64!",
            "sha1$salt$0123456789abcdef0123456789abcdef01234567", // Django's old unsalted-ish SHA-1
    })
    void an_unknown_or_unaffordable_format_is_not_checkable_and_never_matches(String hash) {
        assertThat(PasswordHasher.checkable(hash)).isFalse();
        assertThat(hasher.matches("rasmuslerdorf", hash)).isFalse();
        assertThat(hasher.matches("password", hash)).isFalse();
    }
}
