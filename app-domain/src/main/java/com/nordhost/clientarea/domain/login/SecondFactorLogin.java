package com.nordhost.clientarea.domain.login;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.remembered.RememberedBrowserTokens;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.twofactor.TwoFactorCredential;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRepository;
import java.time.Instant;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The second step of a login, whatever the proof: a typed code or backup code, a security key's answer, or a passkey's
 * answer that is the whole login (decision 0045, started by {@code securitykey.PasskeySignIn}). What holds for
 * every kind is decided here, once: the account still active, its second factor on, not locked, not waiting, and the
 * account unchanged since the password ({@link PendingLogin}); the proof itself goes to the {@link ProofCheck} that
 * accepts it. Failures of every kind count towards one throttle in the database (across sessions and nodes).
 */
public final class SecondFactorLogin {

    private final AccountRepository accounts;
    private final TwoFactorRepository twoFactor;
    private final List<ProofCheck> checks;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;
    private final RememberedBrowserTokens rememberedBrowsers;

    public SecondFactorLogin(AccountRepository accounts, TwoFactorRepository twoFactor, List<ProofCheck> checks,
                             AuditTrail audit, Transactions transactions, Clock clock,
                             RememberedBrowserTokens rememberedBrowsers) {
        this.accounts = Objects.requireNonNull(accounts);
        this.twoFactor = Objects.requireNonNull(twoFactor);
        this.checks = List.copyOf(checks);
        this.audit = Objects.requireNonNull(audit);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.rememberedBrowsers = Objects.requireNonNull(rememberedBrowsers);
    }

    /**
     * Checks {@code proof} for the login in progress.
     *
     * @param rememberBrowser the customer ticked "don't ask for a code on this browser": a passed proof then carries
     *                        the browser's token, issued in the same transaction (none for agents or while the
     *                        setting is 0)
     */
    public SecondFactorOutcome check(PendingLogin pending, SecondFactorProof proof, RequestOrigin origin,
                                     boolean rememberBrowser) {
        Objects.requireNonNull(pending, "The login in progress is required.");
        Objects.requireNonNull(proof, "A proof is required.");
        return transactions.inTransaction(() -> {
            SecondFactorOutcome outcome = attempt(pending, proof, origin);
            if (!rememberBrowser) {
                return outcome;
            }
            if (outcome instanceof SecondFactorOutcome.Passed passed) {
                return new SecondFactorOutcome.Passed(passed.account(),
                        rememberedBrowsers.remember(passed.account(), origin).orElse(null));
            }
            if (outcome instanceof SecondFactorOutcome.PassedWithBackupCode withBackupCode) {
                return new SecondFactorOutcome.PassedWithBackupCode(withBackupCode.account(),
                        withBackupCode.newBackupCode(),
                        rememberedBrowsers.remember(withBackupCode.account(), origin).orElse(null));
            }
            return outcome;
        });
    }

    private SecondFactorOutcome attempt(PendingLogin pending, SecondFactorProof proof, RequestOrigin origin) {
        Optional<Account> found = accounts.findById(pending.accountId());
        // Row-locked: the throttle checks below read the state the previous attempt committed, not a stale copy.
        Optional<TwoFactorCredential> credential = twoFactor.findForUpdate(pending.accountId())
                .filter(TwoFactorCredential::isActive);
        if (found.isPresent() && accounts.findSessionEpoch(pending.accountId()).orElse(-1)
                != pending.sessionEpoch()) {
            // Not checked: whatever moved the epoch (a new password, 2FA off) was meant to stop this login too.
            audit.record(AuditEventType.SECOND_FACTOR_FAILED, pending.accountId(), found.get().email().value(), origin,
                    Map.of("reason", "account changed since the password"));
            return new SecondFactorOutcome.StartAgain();
        }
        if (found.isEmpty() || !found.get().active() || credential.isEmpty()) {
            return new SecondFactorOutcome.WrongCode();
        }
        Instant now = clock.instant();
        if (credential.get().locked()) {
            return new SecondFactorOutcome.Locked();
        }
        Instant next = credential.get().nextAttemptAt();
        if (next != null && now.isBefore(next)) {
            // Not checked and not counted: a guess made while waiting learns nothing.
            return new SecondFactorOutcome.TryLater(next);
        }
        return checks.stream().filter(check -> check.accepts(proof)).findFirst()
                .map(check -> check.check(found.get(), credential.get(), proof, origin))
                .orElseGet(SecondFactorOutcome.WrongCode::new);
    }
}
