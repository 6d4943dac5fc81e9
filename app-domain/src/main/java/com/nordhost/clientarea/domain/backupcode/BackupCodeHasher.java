package com.nordhost.clientarea.domain.backupcode;

import com.nordhost.clientarea.domain.password.PasswordHasher;

/**
 * Backup codes are stored like passwords: a salted Argon2id hash, compared in constant time. The code is
 * hashed in its normalized form, so case, spaces and dashes typed at login do not matter.
 */
public final class BackupCodeHasher {

    private final PasswordHasher hasher;

    public BackupCodeHasher(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    public String hash(BackupCode code) {
        return hasher.hash(code.value());
    }

    public boolean matches(BackupCode code, String storedHash) {
        return storedHash != null && hasher.matches(code.value(), storedHash);
    }
}
