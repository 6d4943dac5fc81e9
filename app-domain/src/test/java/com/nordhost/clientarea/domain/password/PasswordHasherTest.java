package com.nordhost.clientarea.domain.password;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final PasswordHasher fast = new PasswordHasher(PasswordHashParameters.FAST_FOR_TESTS, RANDOM);

    /** This test is about the parameters, so it uses the real ones. */
    @Test
    void produces_a_phc_string_with_owasp_parameters() {
        PasswordHasher real = new PasswordHasher(PasswordHashParameters.OWASP_MINIMUM, RANDOM);

        String hash = real.hash("correct horse battery staple");

        assertThat(hash).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(real.matches("correct horse battery staple", hash)).isTrue();
        assertThat(real.matches("correct horse battery stapl", hash)).isFalse();
        assertThat(real.needsRehash(hash)).isFalse();
    }

    @Test
    void input_longer_than_any_password_is_refused_without_being_hashed() {
        java.util.concurrent.atomic.AtomicInteger computed = new java.util.concurrent.atomic.AtomicInteger();
        Argon2idFunction counting = new Argon2idFunction() {
            @Override
            public byte[] compute(byte[] password, byte[] salt, PasswordHashParameters parameters, int length) {
                computed.incrementAndGet();
                return Argon2idFunction.fastestAvailable().compute(password, salt, parameters, length);
            }

            @Override
            public String implementation() {
                return "counting";
            }
        };
        PasswordHasher hasher = new PasswordHasher(PasswordHashParameters.FAST_FOR_TESTS, RANDOM, 2, counting);
        String longest = "å".repeat(PasswordPolicy.MAX_CODE_POINTS);
        String hash = hasher.hash(longest);
        hasher.verifyDecoy("warms the decoy up");
        int before = computed.get();

        String megabyte = "x".repeat(1024 * 1024);
        assertThat(hasher.matches(megabyte, hash)).isFalse();
        assertThat(hasher.matches(longest + "x".repeat(PasswordPolicy.MAX_INPUT_LENGTH), hash)).isFalse();
        hasher.verifyDecoy(megabyte);
        assertThat(computed.get()).as("Argon2 runs for over-long input").isEqualTo(before);

        // The longest password the policy takes still works, typed decomposed too (a + combining ring).
        assertThat(hasher.matches(longest, hash)).isTrue();
        assertThat(hasher.matches("a\u030a".repeat(PasswordPolicy.MAX_CODE_POINTS), hash)).isTrue();
    }

    @Test
    void salts_every_hash() {
        assertThat(fast.hash("same password")).isNotEqualTo(fast.hash("same password"));
    }

    @Test
    void every_character_of_the_help_article_works() {
        String password = "Å Ä Ö å ä ö ¤ ½ § £ € ¨ ; < > & @";
        String hash = fast.hash(password);

        assertThat(fast.matches(password, hash)).isTrue();
        assertThat(fast.matches("A A O a a o ¤ ½ § £ € ¨ ; < > & @", hash)).isFalse();
    }

    @Test
    void composed_and_decomposed_letters_are_the_same_password() {
        String composed = "L\u00C5ngt l\u00F6senord";
        String decomposed = "LA\u030Angt lo\u0308senord";
        assertThat(composed).isNotEqualTo(decomposed);

        assertThat(fast.matches(decomposed, fast.hash(composed))).isTrue();
        assertThat(fast.matches(composed, fast.hash(decomposed))).isTrue();
    }

    @Test
    void long_passwords_are_not_truncated() {
        String base = "x".repeat(255);
        String hash = fast.hash(base + "a");
        assertThat(fast.matches(base + "a", hash)).isTrue();
        assertThat(fast.matches(base + "b", hash)).isFalse();
        assertThat(fast.matches(base, hash)).isFalse();
    }

    @Test
    void asks_for_a_rehash_when_parameters_were_raised() {
        String weak = fast.hash("password one");
        PasswordHasher stronger = new PasswordHasher(new PasswordHashParameters(512, 2, 1), RANDOM);

        assertThat(stronger.needsRehash(weak)).isTrue();
        assertThat(stronger.matches("password one", weak)).isTrue();
        assertThat(stronger.needsRehash(stronger.hash("password one"))).isFalse();
    }

    @Test
    void a_malformed_stored_hash_never_matches() {
        assertThat(fast.matches("x", "not a hash")).isFalse();
        assertThat(fast.matches("x", "$argon2i$v=19$m=256,t=1,p=1$AAAA$AAAA")).isFalse();
        assertThat(fast.matches("x", null)).isFalse();
        assertThat(fast.needsRehash("plaintext")).isTrue();
    }

    @Test
    void computes_no_more_hashes_at_once_than_its_permits() throws Exception {
        PasswordHasher bounded = new PasswordHasher(new PasswordHashParameters(2048, 1, 1), RANDOM, 2);
        String hash = bounded.hash("flood");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return bounded.matches("flood", hash);
            }));
        }
        start.countDown();
        for (Future<Boolean> result : results) {
            assertThat(result.get(60, TimeUnit.SECONDS)).isTrue();
        }
        pool.shutdown();
        assertThat(bounded.peakConcurrentHashes()).isBetween(1, 2);
    }
}
