package com.nordhost.clientarea.domain.securitykey;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.twofactor.Authenticator;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorKind;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorStore;
import java.util.List;
import java.util.Objects;

/** The account's security keys and passkeys as one kind of authenticator; their open challenges go with them. */
public final class SecurityKeyStore implements AuthenticatorStore {

    private final SecurityKeyRepository keys;
    private final WebAuthnChallenges challenges;

    public SecurityKeyStore(SecurityKeyRepository keys, WebAuthnChallenges challenges) {
        this.keys = Objects.requireNonNull(keys);
        this.challenges = Objects.requireNonNull(challenges);
    }

    @Override
    public AuthenticatorKind kind() {
        return AuthenticatorKind.SECURITY_KEY;
    }

    @Override
    public List<Authenticator> list(AccountId account) {
        return keys.listFor(account).stream()
                .map(key -> new Authenticator(kind(), key.id(), key.name(), key.addedAt(), key.lastUsedAt()))
                .toList();
    }

    @Override
    public int removeAll(AccountId account) {
        challenges.deleteAll(account);
        return keys.deleteAll(account);
    }
}
