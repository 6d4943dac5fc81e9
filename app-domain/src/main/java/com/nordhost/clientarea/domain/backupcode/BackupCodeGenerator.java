package com.nordhost.clientarea.domain.backupcode;

import java.security.SecureRandom;

/** Draws backup codes: 16 characters of a 32-letter alphabet, log2(32^16) = 80 bits from SecureRandom. */
public final class BackupCodeGenerator {

    private final SecureRandom random;

    public BackupCodeGenerator(SecureRandom random) {
        this.random = random;
    }

    public BackupCode generate() {
        char[] chars = new char[BackupCode.LENGTH];
        for (int i = 0; i < chars.length; i++) {
            // 32 is a power of two, so nextInt(32) has no modulo bias.
            chars[i] = BackupCode.ALPHABET.charAt(random.nextInt(BackupCode.ALPHABET.length()));
        }
        return BackupCode.ofNormalized(new String(chars));
    }
}
