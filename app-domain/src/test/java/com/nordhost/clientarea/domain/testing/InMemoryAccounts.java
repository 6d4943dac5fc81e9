package com.nordhost.clientarea.domain.testing;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.account.EmailAddressTakenException;
import com.nordhost.clientarea.domain.account.PasswordCounter;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;

/** Test double of the account table; app-persistence tests the real one on H2. */
public final class InMemoryAccounts implements AccountRepository {

    private final Map<AccountId, Account> rows = new LinkedHashMap<>();
    private final Map<AccountId, CustomerDetails> details = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong(1000);
    private final AtomicLong customerNumbers = new AtomicLong(2_000_000);
    private final Map<String, Integer> passwordFailures = new LinkedHashMap<>();
    private final Map<String, Instant> passwordRetryAt = new LinkedHashMap<>();
    private final Map<AccountId, Integer> sessionEpochs = new LinkedHashMap<>();
    private final Map<AccountId, Language> languages = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Account> findByEmail(Realm realm, EmailAddress email) {
        return rows.values().stream().filter(a -> a.realm() == realm && a.email().equals(email)).findFirst();
    }

    @Override
    public synchronized Optional<Account> findById(AccountId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized List<Account> findByIdsOrEmails(Collection<AccountId> ids, Collection<String> emails) {
        return rows.values().stream().filter(a -> ids.contains(a.id()) || emails.contains(a.email().value()))
                .toList();
    }

    @Override
    public synchronized Account create(Role role, EmailAddress email, String fullName, String passwordHash,
                                       Instant createdAt) {
        if (findByEmail(role.realm(), email).isPresent()) {
            throw new EmailAddressTakenException("unique (realm, email) violated", null);
        }
        Account account = new Account(new AccountId(ids.incrementAndGet()), role, email, fullName, passwordHash, true,
                createdAt);
        rows.put(account.id(), account);
        return account;
    }

    @Override
    public long nextCustomerNumber() {
        return customerNumbers.incrementAndGet();
    }

    @Override
    public synchronized Optional<AccountId> findByCustomerNumber(String customerNumber) {
        return details.entrySet().stream().filter(e -> e.getValue().customerNumber().equals(customerNumber))
                .map(java.util.Map.Entry::getKey).findFirst();
    }

    @Override
    public synchronized void updatePasswordHash(AccountId id, String passwordHash) {
        rows.computeIfPresent(id, (k, a) -> a.withPasswordHash(passwordHash));
    }

    @Override
    public synchronized Optional<CustomerDetails> findCustomerDetails(AccountId id) {
        return Optional.ofNullable(details.get(id));
    }

    @Override
    public synchronized void saveCustomerDetails(AccountId id, CustomerDetails customerDetails) {
        details.put(id, customerDetails);
    }

    @Override
    public synchronized void changeEmail(AccountId id, EmailAddress email) {
        Account account = rows.get(id);
        if (account == null) {
            throw new IllegalArgumentException("No account " + id);
        }
        if (findByEmail(account.realm(), email).filter(other -> !other.id().equals(id)).isPresent()) {
            throw new EmailAddressTakenException("unique (realm, email) violated", null);
        }
        rows.put(id, new Account(id, account.role(), email, account.fullName(), account.passwordHash(),
                account.active(), account.createdAt()));
        details.computeIfPresent(id, (k, d) -> new CustomerDetails(d.customerNumber(), d.fullName(), email,
                d.phone(), d.street(), d.postalCode(), d.city(), d.country()));
    }

    @Override
    public synchronized long count() {
        return rows.size();
    }

    private static String key(AccountId id, PasswordCounter counter) {
        return id.value() + " " + counter;
    }

    @Override
    public synchronized Optional<Language> findLanguage(AccountId id) {
        return Optional.ofNullable(languages.get(id));
    }

    @Override
    public synchronized void changeLanguage(AccountId id, Language language) {
        if (rows.containsKey(id)) {
            languages.put(id, language);
        }
    }

    @Override
    public synchronized int incrementPasswordFailures(AccountId id, PasswordCounter counter) {
        if (!rows.containsKey(id)) {
            return 0;
        }
        return passwordFailures.merge(key(id, counter), 1, Integer::sum);
    }

    @Override
    public synchronized void setPasswordRetryAt(AccountId id, PasswordCounter counter, Instant retryAt) {
        Instant current = passwordRetryAt.get(key(id, counter));
        if (rows.containsKey(id) && (current == null || current.isBefore(retryAt))) {
            passwordRetryAt.put(key(id, counter), retryAt);
        }
    }

    @Override
    public synchronized void resetPasswordFailures(AccountId id, PasswordCounter counter) {
        passwordFailures.remove(key(id, counter));
        passwordRetryAt.remove(key(id, counter));
    }

    @Override
    public synchronized Optional<Instant> findPasswordRetryAt(AccountId id, PasswordCounter counter) {
        return Optional.ofNullable(passwordRetryAt.get(key(id, counter)));
    }

    @Override
    public synchronized OptionalInt findSessionEpoch(AccountId id) {
        return rows.containsKey(id) ? OptionalInt.of(sessionEpochs.getOrDefault(id, 0)) : OptionalInt.empty();
    }

    @Override
    public synchronized int advanceSessionEpoch(AccountId id) {
        return rows.containsKey(id) ? sessionEpochs.merge(id, 1, Integer::sum) : 0;
    }

    /** The untrusted counter: where a login without a device token counts. */
    public synchronized int passwordFailures(AccountId id) {
        return passwordFailures(id, PasswordCounter.UNTRUSTED);
    }

    public synchronized int passwordFailures(AccountId id, PasswordCounter counter) {
        return passwordFailures.getOrDefault(key(id, counter), 0);
    }

    @Override
    public synchronized boolean setCustomerActive(AccountId id, boolean active) {
        Account a = rows.get(id);
        if (a == null || a.role() != Role.CUSTOMER || a.active() == active) {
            return false;
        }
        rows.put(id, new Account(a.id(), a.role(), a.email(), a.fullName(), a.passwordHash(), active, a.createdAt()));
        return true;
    }

    public synchronized void deactivate(AccountId id) {
        rows.computeIfPresent(id, (k, a) -> new Account(a.id(), a.role(), a.email(), a.fullName(), a.passwordHash(),
                false, a.createdAt()));
    }

    /** The staff directory's reactivation: true iff the account was deactivated and now is active again. */
    public synchronized boolean reactivate(AccountId id) {
        Account a = rows.get(id);
        if (a == null || a.active()) {
            return false;
        }
        rows.put(id, new Account(a.id(), a.role(), a.email(), a.fullName(), a.passwordHash(), true, a.createdAt()));
        return true;
    }

    /** The staff directory's deactivation: true iff the account was active and now is not. */
    public synchronized boolean deactivateIfActive(AccountId id) {
        Account a = rows.get(id);
        if (a == null || !a.active()) {
            return false;
        }
        deactivate(id);
        return true;
    }

    private final Map<AccountId, Instant> erasedAt = new LinkedHashMap<>();

    @Override
    public synchronized boolean eraseCustomer(AccountId id, EmailAddress placeholder, String placeholderName,
                                              Instant at) {
        Account a = rows.get(id);
        if (a == null || a.role() != Role.CUSTOMER || erasedAt.containsKey(id)) {
            return false;
        }
        rows.put(id, new Account(id, a.role(), placeholder, placeholderName, Account.NO_PASSWORD, false,
                a.createdAt()));
        details.computeIfPresent(id, (k, d) -> new CustomerDetails(d.customerNumber(), placeholderName, placeholder,
                null, null, null, null, null));
        languages.remove(id);
        erasedAt.put(id, at);
        return true;
    }

    @Override
    public synchronized Optional<Instant> findErasedAt(AccountId id) {
        return Optional.ofNullable(erasedAt.get(id));
    }
}
