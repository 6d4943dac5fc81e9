package com.nordhost.clientarea.persistence.testing;

import com.nordhost.clientarea.persistence.config.JpaPorts;
import com.nordhost.clientarea.domain.DomainPorts;
import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.crypto.KeyRing;
import com.nordhost.clientarea.domain.password.PasswordHashParameters;
import com.nordhost.clientarea.domain.password.PasswordHasher;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.persistence.account.JpaAccountRepository;
import com.nordhost.clientarea.persistence.audit.JpaAuditLog;
import com.nordhost.clientarea.persistence.config.ConfiguredDataSource;
import com.nordhost.clientarea.persistence.jpa.DatabaseMigrations;
import com.nordhost.clientarea.persistence.twofactor.JpaTwoFactorRepository;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A real database with the production schema, for tests outside the server (this module's
 * integration tests and the Karibu tests of both WARs, through the test-jar).
 *
 * <pre>{@code
 * try (TestDatabase db = TestDatabase.create()) {            // fresh H2 file DB in a temp dir, migrated
 *     DomainServices services = db.services(clock);         // every use case, over this database
 *     Account anna = db.createCustomer("anna@example.com", "Anna Andersson", "correct horse 1");
 *     Account agent = db.createStaff(Role.SUPPORT, "agent@example.com", "Sam Support", "agent-password-1");
 *     ...
 * }
 * }</pre>
 *
 * It runs the same Flyway migrations as the server and opens the persistence unit
 * {@code clientarea} from the same persistence.xml, switched to RESOURCE_LOCAL over a JDBC URL.
 * Transactions are thread-bound ({@link LocalTransactions}). Accounts created by the helpers get
 * passwords hashed with light Argon2id parameters; the domain verifies them like any other hash.
 * Test classes that use this need {@code org.eclipse.persistence:org.eclipse.persistence.jpa}
 * (test scope) on their class path: the server provides EclipseLink, so it is not transitive.
 */
public final class TestDatabase implements AutoCloseable {

    /** Environment variable with a PostgreSQL JDBC URL that enables the optional PostgreSQL tests. */
    public static final String POSTGRES_URL_ENV = "CLIENTAREA_TEST_PG_URL";
    public static final String POSTGRES_USER_ENV = "CLIENTAREA_TEST_PG_USER";
    public static final String POSTGRES_PASSWORD_ENV = "CLIENTAREA_TEST_PG_PASSWORD";

    public static final String TEST_ISSUER = "Nordhost Test";

    private final Path directory;
    private final String url;
    private final DataSource dataSource;
    private final EntityManagerFactory factory;
    private final LocalTransactions transactions;
    private final JpaAccountRepository accounts;
    private final JpaTwoFactorRepository twoFactor;
    private final JpaAuditLog auditLog;
    private final PasswordHasher lightHasher = new PasswordHasher(PasswordHashParameters.FAST_FOR_TESTS,
            new SecureRandom());
    private KeyRing keyRing;

    private TestDatabase(Path directory, String url, String user, String password) {
        this.directory = directory;
        this.url = url;
        this.dataSource = new ConfiguredDataSource(url, user, password);
        DatabaseMigrations.migrate(dataSource);
        this.factory = Persistence.createEntityManagerFactory("clientarea", resourceLocalUnit(url, user, password));
        this.transactions = new LocalTransactions(factory);
        this.accounts = new JpaAccountRepository(transactions);
        this.twoFactor = new JpaTwoFactorRepository(transactions);
        this.auditLog = new JpaAuditLog(transactions);
    }

    /** A new, empty H2 file database in its own temporary folder, with the schema migrated. */
    public static TestDatabase create() {
        try {
            Path dir = Files.createTempDirectory("clientarea-test-db");
            // A generous lock timeout: concurrency tests make transactions wait for each other on a busy machine.
            String url = "jdbc:h2:file:" + dir.toAbsolutePath().toString().replace('\\', '/') + "/db;LOCK_TIMEOUT=20000";
            return new TestDatabase(dir, url, "sa", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An existing PostgreSQL database, emptied (Flyway clean: every object in its schema is dropped)
     * and migrated. Point it only at a throw-away database.
     */
    public static TestDatabase postgres(String url, String user, String password) {
        Flyway.configure(TestDatabase.class.getClassLoader())
                .dataSource(new ConfiguredDataSource(url, user, password))
                .locations(DatabaseMigrations.LOCATION)
                .cleanDisabled(false)
                .load()
                .clean();
        return new TestDatabase(null, url, user, password);
    }

    /** PostgreSQL from {@value #POSTGRES_URL_ENV} (and _USER, _PASSWORD); that variable must be set. */
    public static TestDatabase postgresFromEnvironment() {
        String url = System.getenv(POSTGRES_URL_ENV);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(POSTGRES_URL_ENV + " is not set.");
        }
        return postgres(url, System.getenv().getOrDefault(POSTGRES_USER_ENV, "postgres"),
                System.getenv().getOrDefault(POSTGRES_PASSWORD_ENV, ""));
    }

    /**
     * The server's persistence unit switched to resource-local transactions over a plain JDBC URL, for code that
     * runs the product's repositories outside the server (these tests, the load driver's provisioning).
     */
    public static Map<String, Object> resourceLocalUnit(String url, String user, String password) {
        Map<String, Object> p = new HashMap<>();
        p.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        p.put("jakarta.persistence.jtaDataSource", "");
        p.put("jakarta.persistence.nonJtaDataSource", "");
        p.put("jakarta.persistence.jdbc.driver", url.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver"
                : "org.h2.Driver");
        p.put("jakarta.persistence.jdbc.url", url);
        p.put("jakarta.persistence.jdbc.user", user);
        p.put("jakarta.persistence.jdbc.password", password);
        p.put("eclipselink.logging.level", "WARNING");
        return p;
    }

    /** The settings test assemblies use: light password hashing (not for tests about hash cost), test issuer. */
    public static DomainSettings testSettings() {
        return DomainSettings.forTests().withTotpIssuer(TEST_ISSUER);
    }

    /** Every use case over this database, assembled as the server does, with {@link #testSettings()}. */
    public DomainServices services(Clock clock) {
        return services(clock, testSettings());
    }

    /** Every use case over this database, with the given settings. One key ring per database. */
    public DomainServices services(Clock clock, DomainSettings settings) {
        return DomainServices.create(ports(), clock, keyRing(), settings);
    }

    /** This database's repositories as the domain's ports, for assemblies that replace one of them. */
    public DomainPorts ports() {
        return portsOver(transactions);
    }

    /** Every repository over {@code transactions} as the domain's ports ({@link JpaPorts}, the server's list). */
    public static DomainPorts portsOver(LocalTransactions transactions) {
        return JpaPorts.over(transactions, transactions);
    }

    /** The key ring that encrypts TOTP secrets in this database (generated in memory, once). */
    public synchronized KeyRing keyRing() {
        if (keyRing == null) {
            keyRing = KeyRing.generated(new SecureRandom());
        }
        return keyRing;
    }

    /** A customer account with the password and customer details (customer number {@code C<100000 + id>}). */
    public Account createCustomer(String email, String fullName, String password) {
        Account account = createAccount(Role.CUSTOMER, email, fullName, password);
        transactions.run(() -> accounts.saveCustomerDetails(account.id(), new CustomerDetails(
                customerNumberFor(account), fullName, account.email(), "+46 8 123 456 00", "Storgatan 1", "111 22",
                "Stockholm", "Sweden")));
        return account;
    }

    /** A back-office account (role SUPPORT or ADMIN) with the password. */
    public Account createStaff(Role role, String email, String fullName, String password) {
        if (role == Role.CUSTOMER) {
            throw new IllegalArgumentException("Use createCustomer for customers.");
        }
        return createAccount(role, email, fullName, password);
    }

    /** The customer number {@link #createCustomer} gives an account. */
    public static String customerNumberFor(Account account) {
        return "C" + (100_000 + account.id().value());
    }

    /** A back-office account created at {@code createdAt} (for rules about when an agent came to be). */
    public Account createStaff(Role role, String email, String fullName, String password, Instant createdAt) {
        if (role == Role.CUSTOMER) {
            throw new IllegalArgumentException("Use createCustomer for customers.");
        }
        return createAccount(role, email, fullName, password, createdAt);
    }

    private Account createAccount(Role role, String email, String fullName, String password) {
        return createAccount(role, email, fullName, password, Clock.systemUTC().instant());
    }

    private Account createAccount(Role role, String email, String fullName, String password, Instant createdAt) {
        String hash = lightHasher.hash(password);
        return transactions.inTransaction(() -> accounts.create(role, EmailAddress.of(email), fullName, hash,
                createdAt));
    }

    /** Runs work in one transaction of this database. */
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    public LocalTransactions transactions() {
        return transactions;
    }

    /** As the domain's port, for code that takes a {@link Transactions}. */
    public Transactions transactionsPort() {
        return transactions;
    }

    public JpaAccountRepository accounts() {
        return accounts;
    }

    public JpaTwoFactorRepository twoFactor() {
        return twoFactor;
    }

    public JpaAuditLog auditLog() {
        return auditLog;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public EntityManagerFactory entityManagerFactory() {
        return factory;
    }

    public String url() {
        return url;
    }

    /** Closes the EntityManagerFactory and deletes the temporary H2 folder. */
    @Override
    public void close() {
        try {
            if (factory.isOpen()) {
                factory.close();
            }
        } finally {
            if (directory != null) {
                deleteQuietly(directory);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a file still open on some platform: the temp folder is cleaned up later
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
