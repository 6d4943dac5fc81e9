package com.nordhost.clientarea.persistence.testing;

import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.backupcode.BackupCode;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.testing.MutableClock;
import com.nordhost.clientarea.domain.totp.TotpGenerator;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import com.nordhost.clientarea.domain.twofactor.EnrollmentOutcome;
import com.nordhost.clientarea.domain.twofactor.PendingEnrollment;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A test class's world: one fresh H2 database with the production schema, the domain assembled over it as the
 * server does, a clock the test moves, and the settings the views show (support address
 * {@value #SUPPORT_EMAIL}). Both apps' view tests extend this; each adds its own views.
 */
public abstract class OverTestDatabase {

    protected static final String PASSWORD = "correct horse battery";
    protected static final String SUPPORT_EMAIL = "help@nordhost.test";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    protected static TestDatabase db;
    protected static MutableClock clock;
    protected static DomainSettings settings;
    protected static DomainServices services;

    /** Two-factor authentication just turned on: the app's secret and the backup code shown once. */
    protected record TwoFactorOn(TotpSecret secret, BackupCode backupCode) {
    }

    @BeforeAll
    static void openTestDatabase() {
        db = TestDatabase.create();
        clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        settings = TestDatabase.testSettings().withSupportEmail(SUPPORT_EMAIL);
        services = db.services(clock, settings);
    }

    @AfterAll
    static void closeTestDatabase() {
        if (db != null) {
            db.close();
        }
    }

    /** A number no other account of this JVM's tests has: unique e-mail addresses. */
    protected static int next() {
        return SEQUENCE.incrementAndGet();
    }

    /** Turns two-factor authentication on through the use case, as the wizard does. */
    protected static TwoFactorOn enableTwoFactor(Account account) {
        PendingEnrollment pending = services.enrollment().start(account.id(), RequestOrigin.unknown());
        EnrollmentOutcome outcome = services.enrollment().confirm(account.id(), codeFor(pending.secret()),
                RequestOrigin.unknown());
        if (!(outcome instanceof EnrollmentOutcome.Activated activated)) {
            throw new AssertionError("Enrollment failed: " + outcome);
        }
        clock.advance(Duration.ofSeconds(31)); // the next code is a new time step (a code is accepted once)
        return new TwoFactorOn(pending.secret(), activated.backupCode());
    }

    /** The code the authenticator app shows now. */
    protected static String codeFor(TotpSecret secret) {
        return new TotpGenerator(TotpParameters.DEFAULT).codeAt(secret, clock.instant());
    }
}
