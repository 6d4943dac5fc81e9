package com.nordhost.clientarea.persistence.twofactor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A row of {@code two_factor_credential}. Only {@link JpaTwoFactorRepository#savePending} inserts
 * through this entity; every later change is a conditional bulk UPDATE or DELETE so that the
 * database, not a node's memory, decides (replay guard, backup-code consumption, failure counter).
 */
@Entity
@Table(name = "two_factor_credential")
public class TwoFactorCredentialEntity {

    static final String PENDING = "PENDING";
    static final String ACTIVE = "ACTIVE";

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "status", nullable = false)
    private String status;

    /** The secret being set up (wizard or an added app); null otherwise: the apps' secrets are in their own rows. */
    @Column(name = "secret_key_id")
    private String secretKeyId;

    @Column(name = "secret_ciphertext")
    private byte[] secretCiphertext;

    @Column(name = "algorithm", nullable = false)
    private String algorithm;

    @Column(name = "digits", nullable = false)
    private int digits;

    @Column(name = "period_seconds", nullable = false)
    private int periodSeconds;

    @Column(name = "pending_expires_at")
    private OffsetDateTime pendingExpiresAt;

    @Column(name = "enabled_at")
    private OffsetDateTime enabledAt;

    @Column(name = "backup_code_hash")
    private String backupCodeHash;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "locked", nullable = false)
    private boolean locked;

    protected TwoFactorCredentialEntity() {
        // for JPA
    }

    TwoFactorCredentialEntity(long accountId, String secretKeyId, byte[] secretCiphertext, String algorithm,
            int digits, int periodSeconds, OffsetDateTime pendingExpiresAt) {
        this.accountId = accountId;
        this.status = PENDING;
        this.secretKeyId = secretKeyId;
        this.secretCiphertext = secretCiphertext.clone();
        this.algorithm = algorithm;
        this.digits = digits;
        this.periodSeconds = periodSeconds;
        this.pendingExpiresAt = pendingExpiresAt;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getStatus() {
        return status;
    }

    public String getSecretKeyId() {
        return secretKeyId;
    }

    public byte[] getSecretCiphertext() {
        return secretCiphertext == null ? null : secretCiphertext.clone();
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public int getDigits() {
        return digits;
    }

    public int getPeriodSeconds() {
        return periodSeconds;
    }

    public OffsetDateTime getPendingExpiresAt() {
        return pendingExpiresAt;
    }

    public OffsetDateTime getEnabledAt() {
        return enabledAt;
    }

    public String getBackupCodeHash() {
        return backupCodeHash;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public OffsetDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public boolean isLocked() {
        return locked;
    }
}
