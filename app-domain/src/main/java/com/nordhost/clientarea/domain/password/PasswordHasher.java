package com.nordhost.clientarea.domain.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Arrays;

/**
 * Argon2id hashes in the PHC string format {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}, so each hash
 * carries its own parameters and they can be raised later. Also checks the hashes an import brings from another
 * system ({@link ForeignPasswordHash}: bcrypt, PBKDF2); a login replaces them at the first right password.
 */
public final class PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();
    /** The most memory an imported Argon2id hash may ask of a login: 256 MiB. */
    public static final int MAX_IMPORTED_MEMORY_KIB = 262_144;

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
        if (password == null || PasswordPolicy.tooLongToCheck(password)) {
            return false;
        }
        PhcHash stored = PhcHash.parse(encodedHash);
        if (stored == null) {
            return matchesForeign(password, encodedHash);
        }
        PasswordHashParameters cost = stored.parameters();
        boolean withinOurOwnCost = cost.memoryKiB() <= current.memoryKiB() && cost.iterations() <= current.iterations()
                && cost.parallelism() <= current.parallelism();
        if (!affordable(cost) && !withinOurOwnCost) {
            // Beyond what an import may bring and not our own making: one login must not take the server's memory.
            return false;
        }
        byte[] computed = argon2(password, stored.salt(), stored.parameters(), stored.hash().length);
        return MessageDigest.isEqual(computed, stored.hash());
    }

    /**
     * An imported hash of another system (decision 0033): checked under the same bound on concurrent hashes. It
     * never matches after the first right password, which replaces it ({@link #needsRehash} is true for it).
     */
    private boolean matchesForeign(String password, String encodedHash) {
        Optional<ForeignPasswordHash> foreign = ForeignPasswordHash.parse(encodedHash);
        if (foreign.isEmpty()) {
            return false;
        }
        permits.acquireUninterruptibly();
        peak.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            return foreign.get().matches(password);
        } finally {
            running.decrementAndGet();
            permits.release();
        }
    }

    /**
     * Whether a hash brought by an import can be stored as an account's password: an Argon2id PHC string (any
     * parameters up to {@link #MAX_IMPORTED_MEMORY_KIB}, 16 iterations and 16 lanes, so one login cannot take the
     * server's memory) or one of the {@link ForeignPasswordHash} formats. The one place that says which stored
     * hashes a login can check.
     */
    public static boolean checkable(String encodedHash) {
        PhcHash phc = PhcHash.parse(encodedHash);
        if (phc != null) {
            return affordable(phc.parameters()) && phc.salt().length >= 8 && phc.hash().length >= 16;
        }
        return ForeignPasswordHash.parse(encodedHash).isPresent();
    }

    private static boolean affordable(PasswordHashParameters p) {
        return p.memoryKiB() <= MAX_IMPORTED_MEMORY_KIB && p.iterations() <= 16 && p.parallelism() <= 16;
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
