package com.nordhost.clientarea.persistence.account;

import com.nordhost.clientarea.persistence.customers.NameTails;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.EmailAddressTakenException;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.account.PasswordCounter;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.persistence.jpa.EntityManagers;
import com.nordhost.clientarea.persistence.jpa.Timestamps;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.time.OffsetDateTime;

/** {@link AccountRepository} over the {@code account} and {@code customer_details} tables. */
public class JpaAccountRepository implements AccountRepository {

    /** Reads always go to the database, also after a bulk UPDATE earlier in the same transaction. */
    static final String REFRESH_HINT = "eclipselink.refresh";

    private final EntityManagers entityManagers;

    public JpaAccountRepository(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "Entity managers are required.");
    }

    @Override
    public Optional<Account> findByEmail(Realm realm, EmailAddress email) {
        Objects.requireNonNull(realm, "Realm is required.");
        Objects.requireNonNull(email, "E-mail is required.");
        List<AccountEntity> found = em().createQuery(
                        "SELECT a FROM AccountEntity a WHERE a.realm = :realm AND a.emailNormalized = :email",
                        AccountEntity.class)
                .setParameter("realm", realm.name())
                .setParameter("email", email.value())
                .setHint(REFRESH_HINT, Boolean.TRUE)
                .getResultList();
        return found.stream().findFirst().map(JpaAccountRepository::toAccount);
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return findEntity(id).map(JpaAccountRepository::toAccount);
    }

    /** The primary key and the (email_normalized, id) index serve the two IN lists. */
    @Override
    public List<Account> findByIdsOrEmails(Collection<AccountId> ids, Collection<String> normalizedEmails) {
        Objects.requireNonNull(ids, "Ids are required.");
        Objects.requireNonNull(normalizedEmails, "Addresses are required.");
        if (ids.isEmpty() && normalizedEmails.isEmpty()) {
            return List.of();
        }
        // An empty IN list is not valid SQL: leave that half out.
        String where = ids.isEmpty() ? "a.emailNormalized IN :emails"
                : normalizedEmails.isEmpty() ? "a.id IN :ids" : "a.id IN :ids OR a.emailNormalized IN :emails";
        var query = em().createQuery("SELECT a FROM AccountEntity a WHERE " + where, AccountEntity.class);
        if (!ids.isEmpty()) {
            query.setParameter("ids", ids.stream().map(AccountId::value).distinct().toList());
        }
        if (!normalizedEmails.isEmpty()) {
            query.setParameter("emails", normalizedEmails.stream().distinct().toList());
        }
        return query.getResultList().stream().map(JpaAccountRepository::toAccount).toList();
    }

    /**
     * Inserts with native SQL and reads the row back by its natural key (realm, normalized e-mail):
     * the identity column assigns the id the same way on H2 2.x and PostgreSQL, and nothing depends
     * on how the JPA provider fetches generated keys. A duplicate address in the realm fails on the
     * unique constraint, like any other constraint violation.
     */
    @Override
    public Account create(Role role, EmailAddress email, String fullName, String passwordHash, Instant createdAt) {
        Objects.requireNonNull(role, "Role is required.");
        Objects.requireNonNull(email, "E-mail is required.");
        Objects.requireNonNull(fullName, "Full name is required.");
        Objects.requireNonNull(passwordHash, "Password hash is required.");
        Objects.requireNonNull(createdAt, "Creation time is required.");
        EntityManager em = em();
        try {
            insert(em, role, email, fullName, passwordHash, createdAt);
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                // A concurrent creation of the same address won the unique constraint.
                throw new EmailAddressTakenException("Another account of the realm has this address.", e);
            }
            throw e;
        }
        Account created = findByEmail(role.realm(), email)
                .orElseThrow(() -> new IllegalStateException("The inserted account cannot be read back."));
        NameTails.write(em, created.id().value(), normalizeName(fullName));
        return created;
    }

    private static void insert(EntityManager em, Role role, EmailAddress email, String fullName,
                               String passwordHash, Instant createdAt) {
        em.createNativeQuery("INSERT INTO account (role, realm, email, email_normalized, full_name, name_normalized,"
                        + " password_hash, active, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?, 0)")
                .setParameter(1, role.name())
                .setParameter(2, role.realm().name())
                .setParameter(3, email.value())
                .setParameter(4, email.value())
                .setParameter(5, fullName)
                .setParameter(6, normalizeName(fullName))
                .setParameter(7, passwordHash)
                .setParameter(8, Timestamps.toColumn(createdAt))
                .executeUpdate();
    }

    /** {@code nextval} reads the sequence on H2 and PostgreSQL alike (migration V13). */
    @Override
    public long nextCustomerNumber() {
        Object value = em().createNativeQuery("SELECT nextval('customer_number_seq')").getSingleResult();
        return ((Number) value).longValue();
    }

    @Override
    public Optional<AccountId> findByCustomerNumber(String customerNumber) {
        Objects.requireNonNull(customerNumber, "Customer number is required.");
        return em().createQuery("SELECT d.accountId FROM CustomerDetailsEntity d WHERE d.customerNumber = :number",
                        Long.class)
                .setParameter("number", customerNumber)
                .getResultList().stream().findFirst().map(AccountId::new);
    }

    @Override
    public void updatePasswordHash(AccountId id, String passwordHash) {
        Objects.requireNonNull(id, "Account id is required.");
        Objects.requireNonNull(passwordHash, "Password hash is required.");
        int changed = em().createQuery("UPDATE AccountEntity a SET a.passwordHash = :hash, a.version = a.version + 1"
                        + " WHERE a.id = :id")
                .setParameter("hash", passwordHash)
                .setParameter("id", id.value())
                .executeUpdate();
        if (changed != 1) {
            throw new IllegalArgumentException("No account " + id);
        }
    }

    @Override
    public Optional<CustomerDetails> findCustomerDetails(AccountId id) {
        Objects.requireNonNull(id, "Account id is required.");
        Optional<AccountEntity> account = findEntity(id);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        List<CustomerDetailsEntity> found = em().createQuery(
                        "SELECT d FROM CustomerDetailsEntity d WHERE d.accountId = :id", CustomerDetailsEntity.class)
                .setParameter("id", id.value())
                .setHint(REFRESH_HINT, Boolean.TRUE)
                .getResultList();
        AccountEntity a = account.get();
        return found.stream().findFirst().map(d -> new CustomerDetails(d.getCustomerNumber(), a.getFullName(),
                EmailAddress.stored(a.getEmailNormalized()), d.getPhone(), d.getStreet(), d.getPostalCode(), d.getCity(),
                d.getCountry()));
    }

    /**
     * Creates or replaces the customer's details. The full name, when given, is the account's name and
     * is updated there; the e-mail address is the account's sign-in identity and is not changed here.
     */
    @Override
    public void saveCustomerDetails(AccountId id, CustomerDetails details) {
        Objects.requireNonNull(id, "Account id is required.");
        Objects.requireNonNull(details, "Customer details are required.");
        Objects.requireNonNull(details.customerNumber(), "Customer number is required.");
        EntityManager em = em();
        AccountEntity account = findEntity(id).orElseThrow(() -> new IllegalArgumentException("No account " + id));
        if (details.fullName() != null && !details.fullName().isBlank()
                && !details.fullName().equals(account.getFullName())) {
            account.setFullName(details.fullName(), normalizeName(details.fullName()));
            NameTails.write(em, id.value(), normalizeName(details.fullName()));
        }
        CustomerDetailsEntity entity = em.find(CustomerDetailsEntity.class, id.value());
        if (entity == null) {
            entity = new CustomerDetailsEntity(id.value());
            entity.update(details.customerNumber(), details.phone(), details.street(), details.postalCode(),
                    details.city(), details.country());
            em.persist(entity);
        } else {
            entity.update(details.customerNumber(), details.phone(), details.street(), details.postalCode(),
                    details.city(), details.country());
        }
        em.flush();
    }

    /**
     * Checks the realm first (a clear answer without a failed statement); a concurrent change that slips
     * past the check is caught by the unique constraint (SQLState 23505 on H2 and PostgreSQL).
     */
    @Override
    public void changeEmail(AccountId id, EmailAddress email) {
        Objects.requireNonNull(id, "Account id is required.");
        Objects.requireNonNull(email, "E-mail is required.");
        AccountEntity account = findEntity(id).orElseThrow(() -> new IllegalArgumentException("No account " + id));
        Realm realm = Realm.valueOf(account.getRealm());
        if (findByEmail(realm, email).filter(other -> other.id().value() != id.value()).isPresent()) {
            throw new EmailAddressTakenException("Another account of the realm has this address.", null);
        }
        EntityManager em = em();
        try {
            em.createQuery("UPDATE AccountEntity a SET a.email = :email, a.emailNormalized = :email,"
                            + " a.version = a.version + 1 WHERE a.id = :id")
                    .setParameter("email", email.value())
                    .setParameter("id", id.value())
                    .executeUpdate();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new EmailAddressTakenException("Another account of the realm has this address.", e);
            }
            throw e;
        }
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public long count() {
        return em().createQuery("SELECT COUNT(a) FROM AccountEntity a", Long.class).getSingleResult();
    }

    /** The {@code language} column is not mapped on the entity: read and written by SQL alone. */
    @Override
    public Optional<Language> findLanguage(AccountId id) {
        Objects.requireNonNull(id, "Account id is required.");
        List<?> rows = em().createNativeQuery("SELECT language FROM account WHERE id = ?1")
                .setParameter(1, id.value())
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Language.fromTag((String) rows.get(0));
    }

    @Override
    public void changeLanguage(AccountId id, Language language) {
        Objects.requireNonNull(id, "Account id is required.");
        Objects.requireNonNull(language, "A language is required.");
        int changed = em().createNativeQuery("UPDATE account SET language = ?1 WHERE id = ?2")
                .setParameter(1, language.tag())
                .setParameter(2, id.value())
                .executeUpdate();
        if (changed != 1) {
            throw new IllegalArgumentException("No account " + id);
        }
    }

    /*
     * Wrong-password throttling. Bulk UPDATEs, so the database counts (the row lock serializes concurrent
     * failures on all nodes) and no entity is read, changed and written back. (EclipseLink raises the
     * version column with every bulk UPDATE of a versioned entity; harmless here.)
     */

    /** The entity fields of one counter: failures and next attempt. */
    private static String failuresField(PasswordCounter counter) {
        return counter == PasswordCounter.TRUSTED ? "trustedPasswordFailures" : "passwordFailures";
    }

    private static String retryField(PasswordCounter counter) {
        return counter == PasswordCounter.TRUSTED ? "trustedPasswordNextAttemptAt" : "passwordNextAttemptAt";
    }

    @Override
    public int incrementPasswordFailures(AccountId id, PasswordCounter counter) {
        Objects.requireNonNull(id, "Account id is required.");
        String failures = failuresField(Objects.requireNonNull(counter, "A counter is required."));
        EntityManager em = em();
        int changed = em.createQuery("UPDATE AccountEntity a SET a." + failures + " = a." + failures + " + 1"
                        + " WHERE a.id = :id")
                .setParameter("id", id.value())
                .executeUpdate();
        if (changed == 0) {
            return 0;
        }
        return em.createQuery("SELECT a." + failures + " FROM AccountEntity a WHERE a.id = :id", Integer.class)
                .setParameter("id", id.value())
                .getSingleResult();
    }

    /** Conditional: only moves the time later, so a slower concurrent failure cannot shorten the wait. */
    @Override
    public void setPasswordRetryAt(AccountId id, PasswordCounter counter, Instant retryAt) {
        Objects.requireNonNull(id, "Account id is required.");
        Objects.requireNonNull(retryAt, "Retry time is required.");
        String at = retryField(Objects.requireNonNull(counter, "A counter is required."));
        em().createQuery("UPDATE AccountEntity a SET a." + at + " = :at WHERE a.id = :id"
                        + " AND (a." + at + " IS NULL OR a." + at + " < :at)")
                .setParameter("at", Timestamps.toColumn(retryAt))
                .setParameter("id", id.value())
                .executeUpdate();
    }

    /** Writes only when there is something to reset: a right password is the common case. */
    @Override
    public void resetPasswordFailures(AccountId id, PasswordCounter counter) {
        Objects.requireNonNull(id, "Account id is required.");
        String failures = failuresField(Objects.requireNonNull(counter, "A counter is required."));
        String at = retryField(counter);
        em().createQuery("UPDATE AccountEntity a SET a." + failures + " = 0, a." + at + " = NULL"
                        + " WHERE a.id = :id AND (a." + failures + " <> 0 OR a." + at + " IS NOT NULL)")
                .setParameter("id", id.value())
                .executeUpdate();
    }

    /** Locks the row with a native {@code SELECT ... FOR UPDATE} (H2 and PostgreSQL), then reads the time. */
    @Override
    public Optional<Instant> findPasswordRetryAt(AccountId id, PasswordCounter counter) {
        Objects.requireNonNull(id, "Account id is required.");
        String at = retryField(Objects.requireNonNull(counter, "A counter is required."));
        em().createNativeQuery("SELECT id FROM account WHERE id = ? FOR UPDATE")
                .setParameter(1, id.value())
                .getResultList();
        List<OffsetDateTime> found = em().createQuery(
                        "SELECT a." + at + " FROM AccountEntity a WHERE a.id = :id",
                        OffsetDateTime.class)
                .setParameter("id", id.value())
                .getResultList();
        return found.stream().filter(Objects::nonNull).findFirst().map(Timestamps::toInstant);
    }

    /** One primary-key read of one column: asked at every request of a signed-in session. */
    @Override
    public OptionalInt findSessionEpoch(AccountId id) {
        Objects.requireNonNull(id, "Account id is required.");
        List<Integer> found = em().createQuery("SELECT a.sessionEpoch FROM AccountEntity a WHERE a.id = :id",
                        Integer.class)
                .setParameter("id", id.value())
                .setHint(REFRESH_HINT, Boolean.TRUE)
                .getResultList();
        return found.isEmpty() ? OptionalInt.empty() : OptionalInt.of(found.get(0));
    }

    @Override
    public int advanceSessionEpoch(AccountId id) {
        Objects.requireNonNull(id, "Account id is required.");
        EntityManager em = em();
        int changed = em.createQuery("UPDATE AccountEntity a SET a.sessionEpoch = a.sessionEpoch + 1 WHERE a.id = :id")
                .setParameter("id", id.value())
                .executeUpdate();
        if (changed == 0) {
            return 0;
        }
        // Every sign-in of the account ends with its epoch, in this transaction (decision 0037): the epoch
        // comparison alone would already refuse them on every node; deleting the rows keeps the table and the
        // owner's list honest.
        em.createNativeQuery("DELETE FROM sign_in WHERE account_id = ?1").setParameter(1, id.value()).executeUpdate();
        return em.createQuery("SELECT a.sessionEpoch FROM AccountEntity a WHERE a.id = :id", Integer.class)
                .setParameter("id", id.value())
                .getSingleResult();
    }

    @Override
    public boolean setCustomerActive(AccountId id, boolean active) {
        Objects.requireNonNull(id, "Account id is required.");
        return em().createNativeQuery("UPDATE account SET active = ?, version = version + 1"
                        + " WHERE id = ? AND realm = 'CUSTOMER' AND active = ?")
                .setParameter(1, active)
                .setParameter(2, id.value())
                .setParameter(3, !active)
                .executeUpdate() == 1;
    }

    /**
     * One conditional UPDATE of the account row (realm CUSTOMER, not erased yet) decides between two erasures at
     * once; then the details row keeps only the customer number. Both statements are native: the columns
     * {@code language} and {@code erased_at} are not mapped.
     */
    @Override
    public boolean eraseCustomer(AccountId id, EmailAddress placeholder, String placeholderName, Instant erasedAt) {
        Objects.requireNonNull(id, "Account id is required.");
        Objects.requireNonNull(placeholder, "A placeholder address is required.");
        Objects.requireNonNull(placeholderName, "A placeholder name is required.");
        EntityManager em = em();
        int changed = em.createNativeQuery("UPDATE account SET email = ?1, email_normalized = ?1, full_name = ?2,"
                        + " name_normalized = ?3, password_hash = ?4, language = NULL, active = FALSE, erased_at = ?5,"
                        + " password_failures = 0, password_next_attempt_at = NULL, trusted_password_failures = 0,"
                        + " trusted_password_next_attempt_at = NULL, version = version + 1"
                        + " WHERE id = ?6 AND realm = 'CUSTOMER' AND erased_at IS NULL")
                .setParameter(1, placeholder.value())
                .setParameter(2, placeholderName)
                .setParameter(3, normalizeName(placeholderName))
                .setParameter(4, Account.NO_PASSWORD)
                .setParameter(5, Timestamps.toColumn(Objects.requireNonNull(erasedAt)))
                .setParameter(6, id.value())
                .executeUpdate();
        if (changed != 1) {
            return false;
        }
        em.createNativeQuery("UPDATE customer_details SET phone = NULL, street = NULL, postal_code = NULL,"
                        + " city = NULL, country = NULL, external_id = NULL WHERE account_id = ?1")
                .setParameter(1, id.value())
                .executeUpdate();
        NameTails.write(em, id.value(), normalizeName(placeholderName));
        return true;
    }

    @Override
    public Optional<Instant> findErasedAt(AccountId id) {
        Objects.requireNonNull(id, "Account id is required.");
        List<?> rows = em().createNativeQuery("SELECT erased_at FROM account WHERE id = ?1")
                .setParameter(1, id.value())
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(Timestamps.fromColumn(rows.get(0)));
    }

    private Optional<AccountEntity> findEntity(AccountId id) {
        Objects.requireNonNull(id, "Account id is required.");
        return em().createQuery("SELECT a FROM AccountEntity a WHERE a.id = :id", AccountEntity.class)
                .setParameter("id", id.value())
                .setHint(REFRESH_HINT, Boolean.TRUE)
                .getResultList().stream().findFirst();
    }

    static String normalizeName(String fullName) {
        return fullName.strip().toLowerCase(Locale.ROOT);
    }

    static Account toAccount(AccountEntity e) {
        return new Account(new AccountId(e.getId()), Role.valueOf(e.getRole()), EmailAddress.stored(e.getEmailNormalized()),
                e.getFullName(), e.getPasswordHash(), e.isActive(), Timestamps.toInstant(e.getCreatedAt()));
    }

    private EntityManager em() {
        return entityManagers.current();
    }
}
