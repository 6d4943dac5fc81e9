package com.nordhost.clientarea.bench.provision;

import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.crypto.KeyRing;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.totp.TotpGenerator;
import com.nordhost.clientarea.domain.twofactor.EnrollmentOutcome;
import com.nordhost.clientarea.domain.twofactor.PendingEnrollment;
import com.nordhost.clientarea.persistence.account.JpaAccountRepository;
import com.nordhost.clientarea.persistence.config.ClientAreaSettings;
import com.nordhost.clientarea.persistence.config.ConfiguredDataSource;
import com.nordhost.clientarea.persistence.config.DemoData;
import com.nordhost.clientarea.persistence.jpa.DatabaseMigrations;
import com.nordhost.clientarea.persistence.keys.KeyRingCheck;
import com.nordhost.clientarea.persistence.testing.LocalTransactions;
import com.nordhost.clientarea.persistence.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Optional;

/**
 * Creates customers with two-factor authentication on, through the product's own use cases (registration,
 * enrolment start and confirm) over its repositories and migrations, on the database the server will open:
 * the same settings lookup, data folder and key file, so the server decrypts the secrets. Run it while the
 * server is down (the embedded H2 file is opened by one process at a time).
 *
 * <p>Passwords are hashed with the production Argon2id parameters, so a login costs what it costs in
 * production. Enrolment runs on a clock ten minutes behind: the confirming code's time step is then long past
 * and never collides with the first login's code (a code is accepted once per account).
 */
public final class Provisioner {

    private static final Duration ENROLMENT_IN_THE_PAST = Duration.ofMinutes(10);

    private final ClientAreaSettings settings;

    public Provisioner(ClientAreaSettings settings) {
        this.settings = settings;
    }

    /** Creates customers {@code 1..count}, plus the demo accounts on an empty database, and returns them. */
    public List<BenchAccount> provision(int count, int threads) throws Exception {
        ClientAreaSettings.Database db = settings.database();
        DatabaseMigrations.migrate(new ConfiguredDataSource(db.url(), db.user(), db.password()));
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("clientarea",
                TestDatabase.resourceLocalUnit(db.url(), db.user(), db.password()));
        try {
            LocalTransactions transactions = new LocalTransactions(factory);
            KeyRing keyRing = KeyRing.loadOrCreate(settings.keyFile(), new SecureRandom());
            new KeyRingCheck(transactions, transactions, Clock.systemUTC()).requireReadable(keyRing, settings.keyFile());
            JpaAccountRepository accounts = new JpaAccountRepository(transactions);
            Clock past = Clock.offset(Clock.systemUTC(), ENROLMENT_IN_THE_PAST.negated());
            DomainServices services = DomainServices.create(TestDatabase.portsOver(transactions), past, keyRing,
                    settings.domain());
            if (settings.demoData()) {
                // As the server's first start would: the demo customer stays available for checks by hand.
                DemoData.createIfEmpty(accounts, services.accountRegistration(), transactions);
            }
            TotpGenerator codes = new TotpGenerator(settings.domain().totp());
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<BenchAccount>> created = new ArrayList<>();
                for (int i = 1; i <= count; i++) {
                    int n = i;
                    created.add(pool.submit(() -> createOne(n, services, transactions, accounts, codes, past)));
                }
                List<BenchAccount> result = new ArrayList<>(count);
                for (Future<BenchAccount> f : created) {
                    result.add(f.get());
                    if (result.size() % 200 == 0) {
                        System.out.printf("  %d of %d customers%n", result.size(), count);
                    }
                }
                return result;
            } finally {
                pool.shutdownNow();
            }
        } finally {
            factory.close();
        }
    }

    private static BenchAccount createOne(int i, DomainServices services, LocalTransactions transactions,
                                          JpaAccountRepository accounts, TotpGenerator codes, Clock clock) {
        String email = BenchAccount.emailFor(i);
        String password = BenchAccount.passwordFor(i);
        String name = "Bench Customer " + i;
        Account account = services.accountRegistration().register(Role.CUSTOMER, EmailAddress.of(email), name,
                password);
        transactions.run(() -> accounts.saveCustomerDetails(account.id(), new CustomerDetails(
                "C" + (500_000 + i), name, account.email(), "+46 8 555 000 00", "Benchgatan " + i, "111 22",
                "Stockholm", "Sweden")));
        PendingEnrollment pending = services.enrollment().start(account.id(), RequestOrigin.unknown());
        EnrollmentOutcome outcome = services.enrollment().confirm(account.id(),
                codes.codeAt(pending.secret(), clock.instant()), RequestOrigin.unknown());
        if (!(outcome instanceof EnrollmentOutcome.Activated)) {
            throw new IllegalStateException("Enrolment of " + email + " failed: " + outcome);
        }
        return new BenchAccount(email, password, pending.secret().base32());
    }


    /** Reads a setting as the server does: a {@code -D} system property, else the environment variable. */
    public static ClientAreaSettings settingsFromEnvironment(Path dataDir) {
        return ClientAreaSettings.from(key -> {
            if (key.equals(ClientAreaSettings.DATA_DIR_KEY) && dataDir != null) {
                return Optional.of(dataDir.toString());
            }
            String property = System.getProperty(key);
            if (property != null) {
                return Optional.of(property);
            }
            return Optional.ofNullable(System.getenv(key.toUpperCase().replace('.', '_').replace('-', '_')));
        });
    }
}
