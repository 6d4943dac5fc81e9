package com.nordhost.clientarea.domain.account;

import com.nordhost.clientarea.domain.shared.Port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Port: accounts and their customer details. Implemented in app-persistence. */
@Port
public interface AccountRepository {

    /** The same e-mail may exist once per realm; the e-mail is already normalized. */
    Optional<Account> findByEmail(Realm realm, EmailAddress email);

    Optional<Account> findById(AccountId id);

    /**
     * In one read, the accounts with one of these ids or one of these normalized addresses (in any realm); for
     * showing a page of the audit log with names. Either collection may be empty; the order is undefined.
     */
    List<Account> findByIdsOrEmails(Collection<AccountId> ids, Collection<String> normalizedEmails);

    /**
     * Inserts an account. When another account of the realm has the address (also one inserted concurrently and
     * caught by the database's unique constraint), throws {@link EmailAddressTakenException}; the caller's
     * transaction must then be rolled back.
     */
    Account create(Role role, EmailAddress email, String fullName, String passwordHash, Instant createdAt);

    /**
     * The next customer number's digits, from a database sequence: never the same twice, also when the
     * transaction that took it rolls back (decision 0029).
     */
    long nextCustomerNumber();

    /** The customer with this customer number (exactly as stored), if any; for imports that bring their numbers. */
    Optional<AccountId> findByCustomerNumber(String customerNumber);

    void updatePasswordHash(AccountId id, String passwordHash);

    Optional<CustomerDetails> findCustomerDetails(AccountId id);

    void saveCustomerDetails(AccountId id, CustomerDetails details);

    /**
     * Replaces the account's e-mail address (its login name). The address must be unique in the account's
     * realm; when another account of the realm has it, throws {@link EmailAddressTakenException} (also when the
     * database's unique constraint catches a concurrent change).
     */
    void changeEmail(AccountId id, EmailAddress email);

    long count();

    /** The language the account holder chose for pages and mails; empty when never chosen. */
    Optional<Language> findLanguage(AccountId id);

    /** Stores the account holder's language (the language switch while signed in). */
    void changeLanguage(AccountId id, Language language);

    // Wrong-password throttling (see throttle.PasswordFailures). Stored with the account, counted by the
    // database, so the count holds across sessions and nodes; separate from second-factor failures. Two
    // counters per account (PasswordCounter): trusted browsers and signed-in sessions, and everyone else.

    /** Atomically adds one to the counter's consecutive password failures; returns the new count (0: no account). */
    int incrementPasswordFailures(AccountId id, PasswordCounter counter);

    /**
     * No password of this account is checked on this counter before {@code retryAt}. Only ever moves the time
     * later, so two concurrent failures cannot shorten each other's wait.
     */
    void setPasswordRetryAt(AccountId id, PasswordCounter counter, Instant retryAt);

    /** A right password: the counter goes back to zero and its wait ends. */
    void resetPasswordFailures(AccountId id, PasswordCounter counter);

    /**
     * When the next password may be checked on this counter; empty when at once. Locks the account row until the
     * transaction ends ({@code SELECT ... FOR UPDATE}): every password check reads the wait through this, so
     * concurrent checks of one account, on any node, run one after the other and each sees the wait the previous
     * one set (otherwise a burst of parallel guesses would all pass the check before the first failure is counted).
     */
    Optional<Instant> findPasswordRetryAt(AccountId id, PasswordCounter counter);

    // Session epochs: a signed-in session remembers the epoch it signed in with and ends once it differs.

    /** The account's session epoch; empty when there is no such account. */
    OptionalInt findSessionEpoch(AccountId id);

    /**
     * Adds one to the account's session epoch (ending its other sessions) and deletes every sign-in of the account
     * ({@code sign_in} rows, decision 0037), in the caller's transaction; returns the new epoch (0: no account).
     */
    int advanceSessionEpoch(AccountId id);

    /**
     * Deactivates ({@code false}) or reactivates ({@code true}) a customer account, only when it is in the other
     * state: of two agents doing the same at once, one gets {@code false}. Never touches staff accounts (those go
     * through {@code StaffDirectory}). Returns whether the account changed.
     */
    boolean setCustomerActive(AccountId id, boolean active);

    /**
     * Turns a customer account into a tombstone without personal data (decision 0036): the address becomes
     * {@code placeholder} (so the real one is free for a new customer at once), the name {@code placeholderName},
     * no password, no language, inactive, {@code erased_at} set; the customer details keep only the customer number.
     * Only a customer account not erased yet: of two admins erasing at once, one gets {@code false}. Never a staff
     * account.
     */
    boolean eraseCustomer(AccountId id, EmailAddress placeholder, String placeholderName, Instant erasedAt);

    /** When the account was erased; empty for an account that was not (or does not exist). */
    Optional<Instant> findErasedAt(AccountId id);
}
