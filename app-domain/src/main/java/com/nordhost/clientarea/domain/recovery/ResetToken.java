package com.nordhost.clientarea.domain.recovery;

import com.nordhost.clientarea.domain.crypto.RandomTokens;
import java.security.SecureRandom;

/** The secret in a reset link: 256 random bits, base64url; stored only as its SHA-256 (hex). */
public final class ResetToken {

    private ResetToken() {
    }

    public static String generate(SecureRandom random) {
        return RandomTokens.generate(random);
    }

    public static String hash(String token) {
        return RandomTokens.sha256Hex(token);
    }

    /** Tokens we issue are 43 base64url characters; anything else is refused without a database look-up. */
    public static boolean wellFormed(String token) {
        return RandomTokens.wellFormed(token);
    }
}
