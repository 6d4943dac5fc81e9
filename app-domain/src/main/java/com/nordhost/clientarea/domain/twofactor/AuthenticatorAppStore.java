package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.account.AccountId;
import java.util.List;
import java.util.Objects;

/** The account's authenticator apps as one kind of authenticator. */
public final class AuthenticatorAppStore implements AuthenticatorStore {

    private final AuthenticatorAppRepository apps;

    public AuthenticatorAppStore(AuthenticatorAppRepository apps) {
        this.apps = Objects.requireNonNull(apps);
    }

    @Override
    public AuthenticatorKind kind() {
        return AuthenticatorKind.AUTHENTICATOR_APP;
    }

    @Override
    public List<Authenticator> list(AccountId account) {
        return apps.list(account).stream()
                .map(app -> new Authenticator(kind(), app.id(), app.name(), app.addedAt(), app.lastUsedAt()))
                .toList();
    }

    @Override
    public int removeAll(AccountId account) {
        return apps.deleteAll(account);
    }
}
