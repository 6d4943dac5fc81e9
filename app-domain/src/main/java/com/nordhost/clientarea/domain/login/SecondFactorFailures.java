package com.nordhost.clientarea.domain.login;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.notification.SecurityNotice;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.throttle.SecondFactorThrottle;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRepository;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refused second factor (a wrong code or backup code, a refused security key), counted on the account's row in the
 * database: one throttle and one lock for every kind, so trying another kind gains an attacker nothing. Runs in the
 * caller's transaction, after it locked the row.
 */
public final class SecondFactorFailures {

    private final TwoFactorRepository twoFactor;
    private final AuditTrail audit;
    private final SecurityNotices notices;
    private final Clock clock;

    public SecondFactorFailures(TwoFactorRepository twoFactor, AuditTrail audit, SecurityNotices notices,
                                Clock clock) {
        this.twoFactor = twoFactor;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Counts the failure, sets the wait, audits it as {@code type} with {@code details} and the count, and locks the
     * second factor (audited, notified) when this was one failure too many.
     *
     * @return {@code Locked} when it locked now, {@code WrongCode} otherwise
     */
    public SecondFactorOutcome record(Account account, RequestOrigin origin, AuditEventType type,
                                      Map<String, String> details) {
        int failures = twoFactor.incrementFailures(account.id());
        boolean lock = SecondFactorThrottle.locksAfter(failures);
        twoFactor.setThrottle(account.id(), SecondFactorThrottle.nextAttemptAfter(failures, clock.instant()), lock);
        Map<String, String> withCount = new LinkedHashMap<>(details);
        withCount.put("failedAttempts", Integer.toString(failures));
        audit.record(type, account.id(), account.email().value(), origin, withCount);
        if (lock) {
            audit.record(AuditEventType.SECOND_FACTOR_LOCKED, account.id(), account.email().value(), origin,
                    Map.of("failedAttempts", Integer.toString(failures)));
            notices.send(account, SecurityNotice.SECOND_FACTOR_LOCKED, origin);
            return new SecondFactorOutcome.Locked();
        }
        return new SecondFactorOutcome.WrongCode();
    }
}
