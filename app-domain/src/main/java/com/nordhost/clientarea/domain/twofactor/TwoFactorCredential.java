package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.crypto.EncryptedSecret;
import com.nordhost.clientarea.domain.totp.TotpParameters;

import java.time.Instant;

/**
 * The second factor of one account: whether it is on, the backup code and the throttling state. The secrets of the
 * authenticator apps that produce codes are {@link AuthenticatorApp}s; {@code secret} here is only the one being set
 * up (the wizard's, while PENDING, or an app being added to an ACTIVE account), with {@code pendingExpiresAt}, and is
 * null otherwise.
 */
public record TwoFactorCredential(AccountId accountId, TwoFactorStatus status, EncryptedSecret secret,
                                  TotpParameters parameters, Instant pendingExpiresAt, Instant enabledAt,
                                  String backupCodeHash, int failedAttempts, Instant nextAttemptAt, boolean locked) {

    public boolean isActive() {
        return status == TwoFactorStatus.ACTIVE;
    }

    public boolean isPendingAt(Instant now) {
        return status == TwoFactorStatus.PENDING && pendingExpiresAt != null && now.isBefore(pendingExpiresAt);
    }

    /** An ACTIVE account with an app being added whose code has not been confirmed yet, before it expires. */
    public boolean isAddingAppAt(Instant now) {
        return isActive() && secret != null && pendingExpiresAt != null && now.isBefore(pendingExpiresAt);
    }

    @Override
    public String toString() {
        return "TwoFactorCredential[account=" + accountId + ", status=" + status + ", failedAttempts="
                + failedAttempts + ", locked=" + locked + "]";
    }
}
