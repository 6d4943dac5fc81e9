package com.nordhost.clientarea.domain.recovery;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.passwordreset.PasswordResetRequests;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Every link mailed for an account stops working at once: its password-reset and invitation links are spent and an
 * open "lost both" recovery request is voided (audited with {@code reason}), so a mailbox the customer left, or an
 * account that was closed, opens nothing. Runs in the caller's transaction.
 */
public final class MailedLinks {

    private final PasswordResetRequests passwordResets;
    private final RecoveryRequests recoveryRequests;
    private final AuditTrail audit;
    private final Clock clock;

    public MailedLinks(PasswordResetRequests passwordResets, RecoveryRequests recoveryRequests, AuditTrail audit,
                       Clock clock) {
        this.passwordResets = Objects.requireNonNull(passwordResets);
        this.recoveryRequests = Objects.requireNonNull(recoveryRequests);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    public void spendAll(AccountId account, String actor, RequestOrigin origin, String reason) {
        Instant now = clock.instant();
        passwordResets.spendAll(account, now);
        recoveryRequests.findOpen(account).ifPresent(request -> {
            if (recoveryRequests.close(request.id(), request.status(), RecoveryRequests.Status.VOIDED, now)) {
                audit.record(AuditEventType.RECOVERY_REQUEST_VOIDED, account, actor, origin,
                        Map.of("requestId", Long.toString(request.id()), "reason", reason));
            }
        });
    }
}
