package com.nordhost.clientarea.domain.account;

import java.time.Instant;
import java.util.Optional;

/** Port: accounts and their customer details. Implemented in app-persistence. */
public interface AccountRepository {

    /** The same e-mail may exist once per realm; the e-mail is already normalized. */
    Optional<Account> findByEmail(Realm realm, EmailAddress email);

    Optional<Account> findById(AccountId id);

    Account create(Role role, EmailAddress email, String fullName, String passwordHash, Instant createdAt);

    void updatePasswordHash(AccountId id, String passwordHash);

    Optional<CustomerDetails> findCustomerDetails(AccountId id);

    void saveCustomerDetails(AccountId id, CustomerDetails details);

    long count();
}
