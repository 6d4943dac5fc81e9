package com.nordhost.clientarea.domain.login;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.PasswordCounter;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.password.ForeignPasswordHash;
import com.nordhost.clientarea.domain.password.PasswordHasher;
import com.nordhost.clientarea.domain.remembered.RememberedBrowserTokens;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.throttle.PasswordFailures;
import com.nordhost.clientarea.domain.throttle.PasswordThrottle;
import com.nordhost.clientarea.domain.twofactor.RequiredTwoFactor;
import com.nordhost.clientarea.domain.twofactor.TwoFactorCredential;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRequirement;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRepository;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.Objects;

/**
 * The first step of a login: e-mail and password, in one realm. Wrong passwords are throttled per account
 * ({@link PasswordThrottle}); while the wait holds, the password is not even checked. A browser holding a
 * device token for the account ({@link DeviceTrust}) is counted apart from all others, so strangers' wrong
 * passwords never make it wait.
 */
public final class PasswordLogin {

    private final AccountRepository accounts;
    private final TwoFactorRepository twoFactor;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final PasswordFailures failures;
    private final DeviceTrust devices;
    private final Consumer<AccountId> dueChanges;
    private final RememberedBrowserTokens rememberedBrowsers;
    private final RequiredTwoFactor required;

    /**
     * @param dueChanges run for a found account before anything else of it is read, in the login's transaction:
     *                   changes whose time has come take effect (an approved "lost both" recovery after its wait)
     * @param rememberedBrowsers spares a remembered browser the code (decision 0020); null: none is
     * @param required   whether an account without a second factor must set one up before it is signed in
     */
    public PasswordLogin(AccountRepository accounts, TwoFactorRepository twoFactor, PasswordHasher hasher,
                         AuditTrail audit, Transactions transactions, PasswordFailures failures,
                         DeviceTrust devices, Consumer<AccountId> dueChanges,
                         RememberedBrowserTokens rememberedBrowsers, RequiredTwoFactor required) {
        this.required = Objects.requireNonNull(required);
        this.dueChanges = Objects.requireNonNull(dueChanges);
        this.rememberedBrowsers = rememberedBrowsers;
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.hasher = hasher;
        this.audit = audit;
        this.transactions = transactions;
        this.failures = failures;
        this.devices = devices;
    }

    /**
     * The password step of a login. The browser's remembered-browser token is looked at only after the right password,
     * only for a customer whose second factor is on and not locked; a valid one ends in
     * {@link LoginOutcome.LoggedInWithRememberedBrowser}, anything else asks for the second factor as usual.
     */
    public LoginOutcome logIn(Realm realm, String email, String password, RequestOrigin origin,
                              BrowserTokens browser) {
        BrowserTokens tokens = browser == null ? BrowserTokens.NONE : browser;
        return transactions.inTransaction(() -> attempt(realm, email, password, origin, tokens.deviceToken(),
                tokens.rememberedToken()));
    }

    /**
     * A device token for the browser that just completed a full login to {@code account} (password, and the second
     * factor when on). Call it only then; the caller keeps it in the browser (a long-lived cookie).
     */
    public String rememberDevice(AccountId account) {
        return devices.issue(account);
    }

    private LoginOutcome attempt(Realm realm, String email, String password, RequestOrigin origin,
                                 String deviceToken, String rememberedToken) {
        Optional<EmailAddress> address = EmailAddress.parse(email);
        Optional<Account> found = address.flatMap(a -> accounts.findByEmail(realm, a))
                .filter(account -> account.realm() == realm);
        if (found.isEmpty()) {
            return unknownAccount(realm, address, password, origin);
        }
        Account account = found.get();
        dueChanges.accept(account.id());
        PasswordCounter counter = devices.trusts(deviceToken, account.id())
                ? PasswordCounter.TRUSTED : PasswordCounter.UNTRUSTED;
        Optional<Instant> wait = failures.waitUntil(account.id(), counter);
        if (wait.isPresent()) {
            // Not checked and not counted: a guess made while waiting learns nothing.
            return new LoginOutcome.TryLater(wait.get());
        }
        boolean passwordRight;
        if (account.hasPassword()) {
            passwordRight = password != null && hasher.matches(password, account.passwordHash());
        } else {
            // An invited customer who has not chosen a password (decision 0029): refused like a wrong password,
            // after a hash of the same cost, so neither the answer nor its time tells the account is new.
            hasher.verifyDecoy(password == null ? "" : password);
            passwordRight = false;
        }
        // Read once: the lock and whether a second factor is needed both come from this row.
        Optional<TwoFactorCredential> secondFactor = twoFactor.find(account.id()).filter(TwoFactorCredential::isActive);
        if (!passwordRight || !account.active()) {
            // A wrong password is refused the same way whether or not the second factor is locked: only the right
            // password may learn of the lock.
            int failed = failures.failed(account.id(), counter);
            audit.record(AuditEventType.LOGIN_FAILED, account.id(), account.email().value(), origin,
                    Map.of("reason", passwordRight ? "account inactive" : "wrong password",
                            "passwordFailures", Integer.toString(failed), "device", deviceName(counter)));
            return new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS);
        }
        failures.succeeded(account.id(), counter);
        if (secondFactor.map(TwoFactorCredential::locked).orElse(false)) {
            // The right password while the second factor is locked: told so, and not counted as a failure.
            audit.record(AuditEventType.LOGIN_FAILED, account.id(), account.email().value(), origin,
                    Map.of("reason", "second factor locked", "device", deviceName(counter)));
            return new LoginOutcome.Refused(LoginOutcome.Reason.SECOND_FACTOR_LOCKED);
        }
        if (hasher.needsRehash(account.passwordHash())) {
            // Raised cost parameters reach old accounts at their next login, the only time we see the password;
            // so does an imported hash of another system (decision 0033), in this same transaction.
            Optional<ForeignPasswordHash> imported = ForeignPasswordHash.parse(account.passwordHash());
            accounts.updatePasswordHash(account.id(), hasher.hash(password));
            imported.ifPresent(hash -> audit.record(AuditEventType.IMPORTED_PASSWORD_REPLACED, account.id(),
                    account.email().value(), origin, Map.of("format", hash.format().name())));
        }
        if (secondFactor.isPresent()) {
            if (realm == Realm.CUSTOMER && rememberedToken != null && rememberedBrowsers != null
                    && rememberedBrowsers.recognises(account, rememberedToken, origin)) {
                return new LoginOutcome.LoggedInWithRememberedBrowser(account);
            }
            // The second step belongs to the account as it is now: a change before it ends this login.
            return new LoginOutcome.SecondFactorRequired(
                    new PendingLogin(account.id(), accounts.findSessionEpoch(account.id()).orElse(0)));
        }
        // No second factor: required now (every agent; customers by the setting or support, after the grace)?
        TwoFactorRequirement requirement = required.atLogin(account);
        if (requirement.isDue(required.now())) {
            audit.record(AuditEventType.LOGIN_SUCCEEDED, account.id(), account.email().value(), origin,
                    Map.of("next", "second factor set-up", "requiredBy", requirement.source().name()));
            return new LoginOutcome.SecondFactorSetUpRequired(account);
        }
        audit.record(AuditEventType.LOGIN_SUCCEEDED, account.id(), account.email().value(), origin);
        return new LoginOutcome.LoggedIn(account);
    }

    /** The same outcomes and about the same work as for an account: a decoy wait, a hash, a decoy count. */
    private LoginOutcome unknownAccount(Realm realm, Optional<EmailAddress> address, String password,
                                        RequestOrigin origin) {
        String decoyKey = address.map(a -> realm.name() + ' ' + a.value()).orElse(null);
        if (decoyKey != null) {
            Optional<Instant> wait = failures.unknownAddressWaitUntil(decoyKey);
            if (wait.isPresent()) {
                return new LoginOutcome.TryLater(wait.get());
            }
        }
        // Hash anyway, so the response time does not tell which e-mail addresses have an account.
        hasher.verifyDecoy(password == null ? "" : password);
        if (decoyKey != null) {
            failures.unknownAddressFailed(decoyKey);
        }
        audit.record(AuditEventType.LOGIN_FAILED, null, null, origin, Map.of("reason", "unknown account"));
        return new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS);
    }

    private static String deviceName(PasswordCounter counter) {
        return counter == PasswordCounter.TRUSTED ? "trusted" : "untrusted";
    }
}
