package com.nordhost.clientarea.domain.password;

import java.util.logging.Logger;

/**
 * Argon2id version 1.3 (RFC 9106) as one function. Two implementations give the same bytes: the C reference
 * library when it loads on this machine, and BouncyCastle's pure Java otherwise. The function and its
 * parameters decide how hard a stolen hash is to crack; how fast our own machine computes it only decides how
 * many logins a core serves, so the faster one is used where it exists.
 */
public interface Argon2idFunction {

    /** {@code length} bytes of Argon2id over {@code password} with {@code salt}. */
    byte[] compute(byte[] password, byte[] salt, PasswordHashParameters parameters, int length);

    /** A name for logs and benchmarks. */
    String implementation();

    /**
     * The native library when it loads and agrees with the Java implementation on a known input; Java otherwise.
     * Chosen once per class loader (each WAR), and logged.
     */
    static Argon2idFunction fastestAvailable() {
        return FastestArgon2id.CHOSEN;
    }
}

/** Holder: the choice is made on first use, once. */
final class FastestArgon2id {

    static final Argon2idFunction CHOSEN = choose();

    private FastestArgon2id() {
    }

    private static Argon2idFunction choose() {
        Argon2idFunction java = new JavaArgon2id();
        Argon2idFunction chosen = NativeArgon2id.loadCheckedAgainst(java).orElse(java);
        Logger.getLogger(Argon2idFunction.class.getName()).info(() -> "Password hashing: Argon2id by "
                + chosen.implementation() + ".");
        return chosen;
    }
}
