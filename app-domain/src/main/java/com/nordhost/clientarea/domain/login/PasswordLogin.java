package com.nordhost.clientarea.domain.login;


import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.password.PasswordHasher;
import com.nordhost.clientarea.domain.shared.InvalidInputException;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.throttle.PasswordFailures;
import com.nordhost.clientarea.domain.throttle.PasswordThrottle;
import com.nordhost.clientarea.domain.twofactor.TwoFactorCredential;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRepository;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The first step of a login: e-mail and password, in one realm. Wrong passwords are throttled per account
 * ({@link PasswordThrottle}); while the wait holds, the password is not even checked.
 */
public final class PasswordLogin {

    private final AccountRepository accounts;
    private final TwoFactorRepository twoFactor;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final PasswordFailures failures;
    private volatile String timingDecoy;

    public PasswordLogin(AccountRepository accounts, TwoFactorRepository twoFactor, PasswordHasher hasher,
                         AuditTrail audit, Transactions transactions, PasswordFailures failures) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.hasher = hasher;
        this.audit = audit;
        this.transactions = transactions;
        this.failures = failures;
    }

    public LoginOutcome logIn(Realm realm, String email, String password, RequestOrigin origin) {
        return transactions.inTransaction(() -> attempt(realm, email, password, origin));
    }

    private LoginOutcome attempt(Realm realm, String email, String password, RequestOrigin origin) {
        Optional<EmailAddress> address = parse(email);
        Optional<Account> found = address.flatMap(a -> accounts.findByEmail(realm, a))
                .filter(account -> account.realm() == realm);
        if (found.isEmpty()) {
            return unknownAccount(realm, address, password, origin);
        }
        Account account = found.get();
        Optional<Instant> wait = failures.waitUntil(account.id());
        if (wait.isPresent()) {
            // Not checked and not counted: a guess made while waiting learns nothing.
            return new LoginOutcome.TryLater(wait.get());
        }
        boolean passwordRight = password != null && hasher.verify(password, account.passwordHash());
        // Read once: the lock and whether a second factor is needed both come from this row.
        Optional<TwoFactorCredential> secondFactor = twoFactor.find(account.id()).filter(TwoFactorCredential::isActive);
        if (secondFactor.map(TwoFactorCredential::locked).orElse(false)) {
            // Counted whether or not the password was right, so neither the message nor the wait tells.
            int failed = failures.failed(account.id());
            audit.record(AuditEventType.LOGIN_FAILED, account.id(), account.email().value(), origin,
                    Map.of("reason", "second factor locked", "passwordFailures", Integer.toString(failed)));
            return new LoginOutcome.Refused(LoginOutcome.Reason.SECOND_FACTOR_LOCKED);
        }
        if (!passwordRight || !account.active()) {
            int failed = failures.failed(account.id());
            audit.record(AuditEventType.LOGIN_FAILED, account.id(), account.email().value(), origin,
                    Map.of("reason", passwordRight ? "account inactive" : "wrong password",
                            "passwordFailures", Integer.toString(failed)));
            return new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS);
        }
        failures.succeeded(account.id());
        if (hasher.needsRehash(account.passwordHash())) {
            // Raised cost parameters reach old accounts at their next login, the only time we see the password.
            accounts.updatePasswordHash(account.id(), hasher.hash(password));
        }
        if (secondFactor.isPresent()) {
            return new LoginOutcome.SecondFactorRequired(account.id());
        }
        audit.record(AuditEventType.LOGIN_SUCCEEDED, account.id(), account.email().value(), origin);
        return new LoginOutcome.LoggedIn(account);
    }

    /** The same outcomes and about the same work as for an account: a decoy wait, a hash, a decoy count. */
    private LoginOutcome unknownAccount(Realm realm, Optional<EmailAddress> address, String password,
                                        RequestOrigin origin) {
        String decoyKey = address.map(a -> realm.name() + ' ' + a.value()).orElse(null);
        if (decoyKey != null) {
            Optional<Instant> wait = failures.decoyWaitUntil(decoyKey);
            if (wait.isPresent()) {
                return new LoginOutcome.TryLater(wait.get());
            }
        }
        // Hash anyway, so the response time does not tell which e-mail addresses have an account.
        hasher.verify(password == null ? "" : password, timingDecoy());
        if (decoyKey != null) {
            failures.decoyFailed(decoyKey);
        }
        audit.record(AuditEventType.LOGIN_FAILED, null, null, origin, Map.of("reason", "unknown account"));
        return new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS);
    }

    private static Optional<EmailAddress> parse(String email) {
        try {
            return Optional.of(EmailAddress.of(email));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private String timingDecoy() {
        String decoy = timingDecoy;
        if (decoy == null) {
            decoy = hasher.hash("timing decoy, matches no password of anyone");
            timingDecoy = decoy;
        }
        return decoy;
    }
}
