package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.account.AccountId;
import java.util.List;
import java.util.Objects;

/** The account's backup code (one at a time, kept only as a hash) as one kind of authenticator. */
public final class BackupCodeStore implements AuthenticatorStore {

    private final TwoFactorRepository twoFactor;

    public BackupCodeStore(TwoFactorRepository twoFactor) {
        this.twoFactor = Objects.requireNonNull(twoFactor);
    }

    @Override
    public AuthenticatorKind kind() {
        return AuthenticatorKind.BACKUP_CODE;
    }

    @Override
    public List<Authenticator> list(AccountId account) {
        return twoFactor.find(account)
                .filter(credential -> credential.isActive() && credential.backupCodeHash() != null)
                .map(credential -> List.of(new Authenticator(kind(), 0, null, credential.enabledAt(), null)))
                .orElse(List.of());
    }

    @Override
    public int removeAll(AccountId account) {
        return twoFactor.clearBackupCode(account) ? 1 : 0;
    }
}
