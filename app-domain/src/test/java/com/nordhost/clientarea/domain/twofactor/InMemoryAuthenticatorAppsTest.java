package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** The in-memory fake the domain's tests use keeps the repository's contract. */
class InMemoryAuthenticatorAppsTest implements AuthenticatorAppRepositoryContract {

    private final DomainFixture f = new DomainFixture();
    private final AtomicInteger next = new AtomicInteger();

    @Override
    public AuthenticatorAppRepository apps() {
        return f.authenticatorApps;
    }

    @Override
    public TwoFactorRepository twoFactor() {
        return f.twoFactor;
    }

    @Override
    public AccountId newCustomer() {
        return f.services.accountRegistration().register(Role.CUSTOMER,
                EmailAddress.of("contract" + next.incrementAndGet() + "@example.com"), "Contract Customer",
                DomainFixture.PASSWORD).id();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
