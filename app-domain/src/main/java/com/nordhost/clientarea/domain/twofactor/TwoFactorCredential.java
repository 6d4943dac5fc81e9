package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.crypto.EncryptedSecret;
import com.nordhost.clientarea.domain.totp.TotpParameters;

import java.time.Instant;

/**
 * The stored second factor of one account. PENDING rows have a secret and an expiry but no backup code;
 * ACTIVE rows have the last accepted time step (replay guard) and the throttling state.
 */
public record TwoFactorCredential(AccountId accountId, TwoFactorStatus status, EncryptedSecret secret,
                                  TotpParameters parameters, Instant pendingExpiresAt, Instant enabledAt,
                                  Long lastAcceptedStep, String backupCodeHash, int failedAttempts,
                                  Instant nextAttemptAt, boolean locked) {

    public boolean isActive() {
        return status == TwoFactorStatus.ACTIVE;
    }

    public boolean isPendingAt(Instant now) {
        return status == TwoFactorStatus.PENDING && pendingExpiresAt != null && now.isBefore(pendingExpiresAt);
    }

    @Override
    public String toString() {
        return "TwoFactorCredential[account=" + accountId + ", status=" + status + ", failedAttempts="
                + failedAttempts + ", locked=" + locked + "]";
    }
}
