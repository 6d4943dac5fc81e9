package com.nordhost.clientarea.domain.testing;

import com.nordhost.clientarea.domain.provisioning.ProvisionedCustomers;
import com.nordhost.clientarea.domain.DomainPorts;
import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.customers.CustomerDirectory;
import com.nordhost.clientarea.domain.backupcode.BackupCode;
import com.nordhost.clientarea.domain.crypto.KeyRing;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.totp.TotpGenerator;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import com.nordhost.clientarea.domain.twofactor.EnrollmentOutcome;
import com.nordhost.clientarea.domain.twofactor.PendingEnrollment;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * The domain over in-memory ports with a pinned clock: a customer (Anna) and a support agent (Sam).
 * Uses light Argon2 parameters: these tests are about the rules, not the hash cost.
 */
public final class DomainFixture {

    public static final String PASSWORD = "Anna's long password";
    public static final String AGENT_PASSWORD = "Sam's long password";
    public static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.7", "Firefox/140");
    /** A multiple of 30 s plus 10 s: in the middle of a time step. */
    public static final Instant START = Instant.parse("2026-03-02T09:00:10Z");

    public final MutableClock clock = new MutableClock(START);
    public final DirectTransactions transactions = new DirectTransactions();
    public final InMemoryAccounts accounts = new InMemoryAccounts();
    public final InMemoryAuthenticatorApps authenticatorApps = new InMemoryAuthenticatorApps();
    public final InMemoryTwoFactor twoFactor = new InMemoryTwoFactor(authenticatorApps);
    public final InMemoryAuditLog audit = new InMemoryAuditLog(transactions);
    public final InMemoryOutbox outbox = new InMemoryOutbox(transactions);
    public final InMemoryUnknownAddresses unknownAddresses = new InMemoryUnknownAddresses();
    public final InMemoryPasswordResets passwordResets = new InMemoryPasswordResets();
    public final InMemoryRecoveryRequests recoveryRequests = new InMemoryRecoveryRequests();
    public final InMemoryRememberedBrowsers rememberedBrowsers = new InMemoryRememberedBrowsers();
    public final InMemorySecurityKeys securityKeys = new InMemorySecurityKeys();
    public final InMemoryWebAuthnChallenges webAuthnChallenges = new InMemoryWebAuthnChallenges();
    public final InMemoryApiTokens apiTokens = new InMemoryApiTokens();
    public final InMemoryProtectLinks protectLinks = new InMemoryProtectLinks();
    public final InMemoryOwnerFlags ownerFlags = new InMemoryOwnerFlags(accounts);
    public final InMemorySignIns signIns = new InMemorySignIns();
    public final InMemoryTwoFactorRequirements twoFactorRequirements = new InMemoryTwoFactorRequirements();
    public final DomainPorts ports = new DomainPorts(accounts, twoFactor, audit, audit,
            UnusedPort.of(CustomerDirectory.class), new InMemoryStaffDirectory(accounts), outbox, passwordResets,
            transactions, unknownAddresses, recoveryRequests, rememberedBrowsers, authenticatorApps, securityKeys,
            webAuthnChallenges, apiTokens, UnusedPort.of(ProvisionedCustomers.class), protectLinks, ownerFlags,
            signIns, twoFactorRequirements);
    public final KeyRing keyRing = KeyRing.generated(new SecureRandom());
    public final DomainSettings settings;
    public final DomainServices services;
    public final Account customer;
    public final Account agent;

    public DomainFixture() {
        this(UnaryOperator.identity());
    }

    /** With settings of the test's own ({@code adjust} gets the fixture's usual ones). */
    public DomainFixture(UnaryOperator<DomainSettings> adjust) {
        settings = adjust.apply(DomainSettings.forTests().withTotpIssuer("Nordhost Kundzon"));
        services = DomainServices.create(ports, clock, keyRing, settings);
        customer = services.accountRegistration().register(Role.CUSTOMER, EmailAddress.of("anna+hosting@example.com"),
                "Anna Andersson", PASSWORD);
        agent = services.accountRegistration().register(Role.SUPPORT, EmailAddress.of("sam@nordhost.se"),
                "Sam Support", AGENT_PASSWORD);
    }

    /** Turns 2FA on for the customer; the clock then moves to the next step so the confirming code is spent. */
    public Enrolled enrollCustomer() {
        PendingEnrollment pending = services.enrollment().start(customer.id(), ORIGIN);
        EnrollmentOutcome outcome = services.enrollment().confirm(customer.id(), codeNow(pending.secret()), ORIGIN);
        nextStep();
        return new Enrolled(pending.secret(), ((EnrollmentOutcome.Activated) outcome).backupCode());
    }

    public String codeNow(TotpSecret secret) {
        return new TotpGenerator(TotpParameters.DEFAULT).codeAt(secret, clock.instant());
    }

    public String codeStepsAway(TotpSecret secret, int steps) {
        return new TotpGenerator(TotpParameters.DEFAULT).codeAt(secret, clock.instant().plusSeconds(30L * steps));
    }

    public void nextStep() {
        clock.advance(Duration.ofSeconds(30));
    }

    public record Enrolled(TotpSecret secret, BackupCode backupCode) {
    }
}
