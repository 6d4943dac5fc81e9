package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.password.PasswordHasher;
import com.nordhost.clientarea.domain.shared.InvalidInputException;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;

import java.util.Map;
import java.util.Optional;

/** The first step of a login: e-mail and password, in one realm. */
public final class PasswordLogin {

    private final AccountRepository accounts;
    private final TwoFactorRepository twoFactor;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final Transactions transactions;
    private volatile String timingDecoy;

    public PasswordLogin(AccountRepository accounts, TwoFactorRepository twoFactor, PasswordHasher hasher,
                         AuditTrail audit, Transactions transactions) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.hasher = hasher;
        this.audit = audit;
        this.transactions = transactions;
    }

    public LoginOutcome logIn(Realm realm, String email, String password, RequestOrigin origin) {
        return transactions.inTransaction(() -> attempt(realm, email, password, origin));
    }

    private LoginOutcome attempt(Realm realm, String email, String password, RequestOrigin origin) {
        Optional<Account> found = parse(email).flatMap(address -> accounts.findByEmail(realm, address))
                .filter(account -> account.realm() == realm);
        if (found.isEmpty()) {
            // Hash anyway, so the response time does not tell which e-mail addresses have an account.
            hasher.verify(password == null ? "" : password, timingDecoy());
            audit.record(AuditEventType.LOGIN_FAILED, null, null, origin, Map.of("reason", "unknown account"));
            return new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS);
        }
        Account account = found.get();
        boolean passwordRight = password != null && hasher.verify(password, account.passwordHash());
        boolean locked = twoFactor.find(account.id()).map(c -> c.isActive() && c.locked()).orElse(false);
        if (locked) {
            audit.record(AuditEventType.LOGIN_FAILED, account.id(), account.email().value(), origin,
                    Map.of("reason", "second factor locked"));
            return new LoginOutcome.Refused(LoginOutcome.Reason.SECOND_FACTOR_LOCKED);
        }
        if (!passwordRight || !account.active()) {
            audit.record(AuditEventType.LOGIN_FAILED, account.id(), account.email().value(), origin,
                    Map.of("reason", passwordRight ? "account inactive" : "wrong password"));
            return new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS);
        }
        if (hasher.needsRehash(account.passwordHash())) {
            // Raised cost parameters reach old accounts at their next login, the only time we see the password.
            accounts.updatePasswordHash(account.id(), hasher.hash(password));
        }
        boolean secondFactorOn = twoFactor.find(account.id()).map(TwoFactorCredential::isActive).orElse(false);
        if (secondFactorOn) {
            return new LoginOutcome.SecondFactorRequired(account.id());
        }
        audit.record(AuditEventType.LOGIN_SUCCEEDED, account.id(), account.email().value(), origin);
        return new LoginOutcome.LoggedIn(account);
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
