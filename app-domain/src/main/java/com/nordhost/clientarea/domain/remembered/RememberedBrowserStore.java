package com.nordhost.clientarea.domain.remembered;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.twofactor.Authenticator;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorKind;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorStore;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The account's remembered browsers as one kind of authenticator: each stands in for the second factor on one
 * browser, so each ends with it.
 */
public final class RememberedBrowserStore implements AuthenticatorStore {

    private final RememberedBrowserRepository browsers;
    private final Clock clock;

    public RememberedBrowserStore(RememberedBrowserRepository browsers, Clock clock) {
        this.browsers = Objects.requireNonNull(browsers);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public AuthenticatorKind kind() {
        return AuthenticatorKind.REMEMBERED_BROWSER;
    }

    @Override
    public List<Authenticator> list(AccountId account) {
        return browsers.listFor(account, clock.instant()).stream()
                .map(b -> new Authenticator(kind(), b.id(), b.browser(), b.rememberedAt(), b.lastUsedAt()))
                .toList();
    }

    @Override
    public int removeAll(AccountId account) {
        return browsers.deleteAll(account);
    }
}
