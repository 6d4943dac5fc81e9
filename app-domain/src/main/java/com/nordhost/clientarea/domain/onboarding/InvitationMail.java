package com.nordhost.clientarea.domain.onboarding;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.crypto.RandomTokens;
import com.nordhost.clientarea.domain.notification.SecurityNotice;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.passwordreset.PasswordResetRequests;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Sends one invitation, in the caller's transaction: a random token (stored only as its SHA-256, purpose
 * INVITATION, valid {@link #VALIDITY}), the audit event and the mail in the account's language, queued in the
 * outbox. Shared by the back-office's create and resend and by the customer's "send me a new invitation".
 */
public final class InvitationMail {

    public static final Duration VALIDITY = Duration.ofDays(7);
    /** The customer area's route of the page where the first password is chosen. */
    public static final String ROUTE = "invitation";

    private final PasswordResetRequests links;
    private final AuditTrail audit;
    private final SecurityNotices notices;
    private final Clock clock;
    private final SecureRandom random;
    private final String customerUrl;

    public InvitationMail(PasswordResetRequests links, AuditTrail audit, SecurityNotices notices, Clock clock,
                          SecureRandom random, String customerUrl) {
        this.links = Objects.requireNonNull(links);
        this.audit = Objects.requireNonNull(audit);
        this.notices = Objects.requireNonNull(notices);
        this.clock = Objects.requireNonNull(clock);
        this.random = Objects.requireNonNull(random);
        this.customerUrl = Objects.requireNonNull(customerUrl);
    }

    /** Also used by the import (decision 0033) for a row without a password hash. */
    public void send(Account customer, AuditEventType event, String actor, RequestOrigin origin,
                     Map<String, String> details) {
        String token = RandomTokens.generate(random);
        Instant now = clock.instant();
        Instant expires = now.plus(VALIDITY);
        links.recordInvitation(customer.id(), RandomTokens.sha256Hex(token), now, expires, origin.sourceIp());
        Map<String, String> all = new LinkedHashMap<>(details);
        all.put("expiresAt", expires.toString());
        audit.record(event, customer.id(), actor, origin, all);
        // The agent's address and browser are not the customer's business: the mail names neither.
        notices.send(customer, SecurityNotice.INVITATION, null, Map.of(
                "link", customerUrl + ROUTE + "?token=" + token,
                "days", Long.toString(VALIDITY.toDays())));
    }
}
