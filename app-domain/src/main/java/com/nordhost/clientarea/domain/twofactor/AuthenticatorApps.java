package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.confirmation.AfterPassword;
import com.nordhost.clientarea.domain.confirmation.PasswordConfirmation;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.crypto.SecretCipher;
import com.nordhost.clientarea.domain.notification.SecurityNotice;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.totp.KeyUri;
import com.nordhost.clientarea.domain.totp.OneTimeCodeInput;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import com.nordhost.clientarea.domain.totp.TotpVerifier;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Several authenticator apps on one account (a phone and a tablet): the list in Security settings, adding one more
 * (a secret shown as a QR code, confirmed by the app's first code, like the wizard) and removing one with the
 * password. The wizard's app is the first; turning two-factor authentication off removes them all.
 */
public final class AuthenticatorApps {

    /** Enough for every device a person carries; a bound, so one account cannot make each login check hundreds. */
    public static final int MAX_APPS = 10;

    private final AccountRepository accounts;
    private final TwoFactorRepository twoFactor;
    private final AuthenticatorAppRepository apps;
    private final SecretCipher cipher;
    private final TotpVerifier verifier;
    private final PasswordConfirmation confirmation;
    private final AuditTrail audit;
    private final SecurityNotices notices;
    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random;
    private final String issuer;
    private final TotpParameters parameters;

    public AuthenticatorApps(AccountRepository accounts, TwoFactorRepository twoFactor,
                             AuthenticatorAppRepository apps, SecretCipher cipher, TotpVerifier verifier,
                             PasswordConfirmation confirmation, AuditTrail audit,
                             SecurityNotices notices, Transactions transactions, Clock clock, SecureRandom random,
                             String issuer, TotpParameters parameters) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.apps = apps;
        this.cipher = cipher;
        this.verifier = verifier;
        this.confirmation = confirmation;
        this.audit = audit;
        this.notices = notices;
        this.transactions = transactions;
        this.clock = clock;
        this.random = random;
        this.issuer = issuer;
        this.parameters = parameters;
    }

    /** The account's apps, oldest (the wizard's) first; empty while two-factor authentication is off. */
    public List<AuthenticatorAppSummary> list(AccountId accountId) {
        return transactions.inTransaction(() -> apps.list(accountId).stream().map(AuthenticatorApp::summary).toList());
    }

    /**
     * A new secret for one more app, replacing one started earlier and never confirmed. It is held server-side
     * ({@link TwoFactorRepository#savePendingApp}), so any node can confirm it; it signs in nobody until confirmed.
     * The password comes first, as for removing one: a taken session cannot add the intruder's phone.
     *
     * @return not allowed when two-factor authentication is off (the screen offers no "add" then)
     */
    public AfterPassword<PendingEnrollment> startAdding(AccountId accountId, String password, RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Optional<Account> account = accounts.findById(accountId);
            if (account.isEmpty() || twoFactor.find(accountId).filter(TwoFactorCredential::isActive).isEmpty()) {
                return new AfterPassword.NotAllowed<>();
            }
            PasswordConfirmation.Result confirmed = confirmation.confirm(account.get(), password,
                    AuditEventType.AUTHENTICATOR_APP_ADD_REFUSED, origin);
            if (!(confirmed instanceof PasswordConfirmation.Confirmed)) {
                return AfterPassword.refused(confirmed);
            }
            TotpSecret secret = TotpSecret.random(random);
            Instant expiresAt = clock.instant().plus(Enrollment.PENDING_LIFETIME);
            if (!twoFactor.savePendingApp(accountId, cipher.encrypt(accountId, secret), parameters, expiresAt)) {
                return new AfterPassword.NotAllowed<>();
            }
            return new AfterPassword.Granted<>(new PendingEnrollment(secret,
                    KeyUri.of(issuer, account.get().email().value(), secret, parameters), expiresAt));
        });
    }

    /** Stores the app being added under {@code name} once {@code code} shows the customer's app has its secret. */
    public AddAppOutcome confirmAdding(AccountId accountId, String name, String code, RequestOrigin origin) {
        Optional<AuthenticatorAppName.Problem> nameProblem = AuthenticatorAppName.problemWith(name);
        if (nameProblem.isPresent()) {
            return new AddAppOutcome.InvalidName(nameProblem.get());
        }
        String appName = AuthenticatorAppName.normalize(name);
        return transactions.inTransaction(() -> {
            Optional<Account> account = accounts.findById(accountId);
            // Row-locked: the name and count checks and the insert are one step against other tabs and nodes.
            Optional<TwoFactorCredential> found = twoFactor.findForUpdate(accountId)
                    .filter(c -> c.isActive() && c.secret() != null);
            if (account.isEmpty() || found.isEmpty()) {
                return new AddAppOutcome.NotPending();
            }
            TwoFactorCredential pending = found.get();
            Instant now = clock.instant();
            if (!pending.isAddingAppAt(now)) {
                return new AddAppOutcome.Expired();
            }
            List<AuthenticatorApp> existing = apps.list(accountId);
            if (existing.size() >= MAX_APPS) {
                return new AddAppOutcome.TooMany();
            }
            if (existing.stream().anyMatch(app -> AuthenticatorAppName.sameName(app.name(), appName))) {
                return new AddAppOutcome.NameTaken();
            }
            OneTimeCodeInput parsed = OneTimeCodeInput.parse(code, pending.parameters().digits());
            if (parsed instanceof OneTimeCodeInput.Invalid invalid) {
                return new AddAppOutcome.MalformedCode(invalid.problem());
            }
            TotpSecret secret = cipher.decrypt(accountId, pending.secret());
            String digits = ((OneTimeCodeInput.Valid) parsed).digits();
            OptionalLong step = verifier.matchingStep(secret, pending.parameters(), digits);
            if (step.isEmpty()) {
                return new AddAppOutcome.WrongCode(verifier.clockOffset(secret, pending.parameters(), digits));
            }
            if (!twoFactor.clearPendingApp(accountId, pending.secret(), now)) {
                return new AddAppOutcome.NotPending();
            }
            long id = apps.add(accountId, appName, pending.secret(), pending.parameters(), step.getAsLong(), now);
            String email = account.get().email().value();
            audit.record(AuditEventType.AUTHENTICATOR_APP_ADDED, accountId, email, origin,
                    Map.of("app", Long.toString(id), "name", appName));
            notices.send(account.get(), SecurityNotice.AUTHENTICATOR_APP_ADDED, origin, Map.of("app", appName));
            return new AddAppOutcome.Added(new AuthenticatorAppSummary(id, appName, now, null));
        });
    }

    /** Removes one app, after the password; never the last one (turning 2FA off is for that). */
    public RemoveAppOutcome remove(AccountId accountId, long appId, String password, RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Optional<Account> found = accounts.findById(accountId);
            // Row-locked, so two tabs removing the last two apps cannot both succeed and leave none.
            if (found.isEmpty() || twoFactor.findForUpdate(accountId).filter(TwoFactorCredential::isActive).isEmpty()) {
                return new RemoveAppOutcome.NotFound();
            }
            Account account = found.get();
            String email = account.email().value();
            List<AuthenticatorApp> existing = apps.list(accountId);
            Optional<AuthenticatorApp> app = existing.stream().filter(a -> a.id() == appId).findFirst();
            if (app.isEmpty()) {
                return new RemoveAppOutcome.NotFound();
            }
            PasswordConfirmation.Result confirmed = confirmation.confirm(account, password,
                    AuditEventType.AUTHENTICATOR_APP_REMOVE_REFUSED, origin, Map.of("app", Long.toString(appId)));
            if (confirmed instanceof PasswordConfirmation.TryLater later) {
                return new RemoveAppOutcome.TryLater(later.until());
            }
            if (confirmed instanceof PasswordConfirmation.WrongPassword) {
                return new RemoveAppOutcome.WrongPassword();
            }
            if (existing.size() == 1) {
                refused(account, origin, Map.of("reason", "last app"));
                return new RemoveAppOutcome.LastApp();
            }
            if (!apps.delete(accountId, appId)) {
                return new RemoveAppOutcome.NotFound();
            }
            String name = app.get().name() == null ? "" : app.get().name();
            audit.record(AuditEventType.AUTHENTICATOR_APP_REMOVED, accountId, email, origin,
                    Map.of("app", Long.toString(appId), "name", name));
            notices.send(account, SecurityNotice.AUTHENTICATOR_APP_REMOVED, origin, Map.of("app", name));
            return new RemoveAppOutcome.Removed();
        });
    }

    private void refused(Account account, RequestOrigin origin, Map<String, String> details) {
        audit.record(AuditEventType.AUTHENTICATOR_APP_REMOVE_REFUSED, account.id(), account.email().value(), origin,
                details);
    }
}
