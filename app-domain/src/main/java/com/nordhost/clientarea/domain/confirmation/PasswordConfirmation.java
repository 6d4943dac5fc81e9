package com.nordhost.clientarea.domain.confirmation;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.password.PasswordHasher;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.throttle.PasswordFailures;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A signed-in person proves again that they know the password before a change that matters (turning 2FA off, a new
 * backup code, a new password or address, adding or removing an authenticator). Wrong passwords count towards the
 * same wait as the login's ({@link PasswordFailures}), so a taken session cannot guess the password here instead;
 * while the wait holds, nothing is checked. Each refusal is audited under the caller's event. Runs in the caller's
 * transaction.
 */
public final class PasswordConfirmation {

    /** How a confirmation ended. */
    public sealed interface Result {
    }

    public record Confirmed() implements Result {
    }

    /** Wrong or missing password; counted. */
    public record WrongPassword() implements Result {
    }

    /** Too many wrong passwords: not checked before {@code until}. */
    public record TryLater(Instant until) implements Result {
    }

    private final PasswordHasher hasher;
    private final PasswordFailures failures;
    private final AuditTrail audit;

    public PasswordConfirmation(PasswordHasher hasher, PasswordFailures failures, AuditTrail audit) {
        this.hasher = Objects.requireNonNull(hasher);
        this.failures = Objects.requireNonNull(failures);
        this.audit = Objects.requireNonNull(audit);
    }

    /**
     * Checks {@code password} against {@code account}'s; a refusal is audited as {@code refusedEvent} with
     * {@code details} and why.
     */
    public Result confirm(Account account, String password, AuditEventType refusedEvent, RequestOrigin origin,
                          Map<String, String> details) {
        Optional<Instant> wait = failures.waitUntil(account.id());
        if (wait.isPresent()) {
            // Not checked, so a guess made while waiting learns nothing.
            refused(account, refusedEvent, origin, details, Map.of("reason", "password throttled"));
            return new TryLater(wait.get());
        }
        if (password == null || !hasher.matches(password, account.passwordHash())) {
            int failed = failures.failed(account.id());
            refused(account, refusedEvent, origin, details,
                    Map.of("reason", "wrong password", "passwordFailures", Integer.toString(failed)));
            return new WrongPassword();
        }
        failures.succeeded(account.id());
        return new Confirmed();
    }

    public Result confirm(Account account, String password, AuditEventType refusedEvent, RequestOrigin origin) {
        return confirm(account, password, refusedEvent, origin, Map.of());
    }

    private void refused(Account account, AuditEventType event, RequestOrigin origin, Map<String, String> details,
                         Map<String, String> why) {
        Map<String, String> all = new LinkedHashMap<>(why);
        all.putAll(details);
        audit.record(event, account.id(), account.email().value(), origin, all);
    }
}
