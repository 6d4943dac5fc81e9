package com.nordhost.clientarea.domain.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Arrays;

/**
 * Argon2id hashes in the PHC string format {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}, so each hash
 * carries its own parameters and they can be raised later.
 */
public final class PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    private final PasswordHashParameters current;
    private final SecureRandom random;
    private final Argon2idFunction function;
    /**
     * Each hash takes {@code m} KiB; without a bound a login flood would start one per request thread and
     * exhaust the heap. More hashes at once than cores would not finish sooner anyway.
     */
    private final Semaphore permits;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private volatile String timingDecoy;

    public PasswordHasher(PasswordHashParameters current, SecureRandom random, int maxConcurrentHashes,
                          Argon2idFunction function) {
        this.current = current;
        this.random = random;
        this.permits = new Semaphore(maxConcurrentHashes, true);
        this.function = function;
    }

    public PasswordHasher(PasswordHashParameters current, SecureRandom random, int maxConcurrentHashes) {
        this(current, random, maxConcurrentHashes, Argon2idFunction.fastestAvailable());
    }

    public PasswordHasher(PasswordHashParameters current, SecureRandom random) {
        this(current, random, Runtime.getRuntime().availableProcessors());
    }

    /** The most hashes ever computed at the same moment (for monitoring and to test the bound). */
    public int peakConcurrentHashes() {
        return peak.get();
    }

    public PasswordHashParameters parameters() {
        return current;
    }

    /** Hashes the NFKC form of the password, so "Å" typed composed or decomposed is the same password. */
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2(password, salt, current, HASH_BYTES);
        return "$argon2id$v=19$m=" + current.memoryKiB() + ",t=" + current.iterations() + ",p="
                + current.parallelism() + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /**
     * Spends the time of one real verification on a hash that matches no password, so that an unknown account
     * answers as slowly as a known one with a wrong password. The decoy is made once per hasher.
     */
    public void verifyDecoy(String password) {
        String decoy = timingDecoy;
        if (decoy == null) {
            decoy = hash("timing decoy, matches no password of anyone");
            timingDecoy = decoy;
        }
        matches(password, decoy);
    }

    /**
     * Constant-time comparison; a malformed stored hash never matches, and neither does input longer than any
     * password ({@link PasswordPolicy#MAX_INPUT_LENGTH}): it is refused without being normalized or hashed, so a
     * megabyte "password" costs no more than a wrong one (and less: whatever the account, it cannot be right).
     */
    public boolean matches(String password, String encodedHash) {
        PhcHash stored = PhcHash.parse(encodedHash);
        if (stored == null || password == null || PasswordPolicy.tooLongToCheck(password)) {
            return false;
        }
        byte[] computed = argon2(password, stored.salt(), stored.parameters(), stored.hash().length);
        return MessageDigest.isEqual(computed, stored.hash());
    }

    /** True when the stored hash was made with weaker parameters than the current ones (re-hash at login). */
    public boolean needsRehash(String encodedHash) {
        PhcHash stored = PhcHash.parse(encodedHash);
        return stored == null || stored.parameters().isBelow(current);
    }

    private byte[] argon2(String password, byte[] salt, PasswordHashParameters parameters, int length) {
        byte[] input = Normalizer.normalize(password, Normalizer.Form.NFKC).getBytes(StandardCharsets.UTF_8);
        permits.acquireUninterruptibly();
        peak.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            return function.compute(input, salt, parameters, length);
        } finally {
            running.decrementAndGet();
            permits.release();
            Arrays.fill(input, (byte) 0);
        }
    }

    /** A parsed PHC string. Null from parse means "not a hash we made". */
    private record PhcHash(PasswordHashParameters parameters, byte[] salt, byte[] hash) {

        static PhcHash parse(String encoded) {
            if (encoded == null) {
                return null;
            }
            String[] parts = encoded.split("\\$");
            // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
            if (parts.length != 6 || !parts[0].isEmpty() || !"argon2id".equals(parts[1])
                    || !"v=19".equals(parts[2])) {
                return null;
            }
            try {
                int m = -1;
                int t = -1;
                int p = -1;
                for (String param : parts[3].split(",")) {
                    String[] kv = param.split("=", 2);
                    int value = Integer.parseInt(kv[1]);
                    switch (kv[0]) {
                        case "m" -> m = value;
                        case "t" -> t = value;
                        case "p" -> p = value;
                        default -> {
                            return null;
                        }
                    }
                }
                if (m < 8 || t < 1 || p < 1) {
                    return null;
                }
                return new PhcHash(new PasswordHashParameters(m, t, p), B64_DECODER.decode(parts[4]),
                        B64_DECODER.decode(parts[5]));
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
