package com.nordhost.clientarea.domain.password;

/** Argon2id cost. Raising it later is safe: old hashes carry their own parameters and are re-hashed at login. */
public record PasswordHashParameters(int memoryKiB, int iterations, int parallelism) {

    /** OWASP Password Storage Cheat Sheet minimum for Argon2id: 19 MiB, 2 iterations, 1 lane. */
    public static final PasswordHashParameters OWASP_MINIMUM = new PasswordHashParameters(19_456, 2, 1);

    /** Only for tests that are not about hash cost: keeps a suite quick on a shared 2-core machine. */
    public static final PasswordHashParameters FAST_FOR_TESTS = new PasswordHashParameters(256, 1, 1);

    boolean isBelow(PasswordHashParameters target) {
        return memoryKiB < target.memoryKiB || iterations < target.iterations || parallelism < target.parallelism;
    }
}
