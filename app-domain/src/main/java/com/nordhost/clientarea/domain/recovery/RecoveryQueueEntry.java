package com.nordhost.clientarea.domain.recovery;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.Language;
import java.time.Instant;

/**
 * A confirmed recovery request as the back-office queue shows it: who, when asked and confirmed, from which IP
 * addresses, whether the password was given, and whether the mailbox was verified (the confirmation link was
 * opened, so the registered address reads its mail). For an approved request waiting for its removal, also the
 * ticket and when the removal takes effect (null otherwise), and whether that moment has passed (the removal is
 * then done at the customer's next login attempt or the next sweep). The customer's language is the language of
 * every mail they get, so also of an agent's reason for a rejection.
 */
public record RecoveryQueueEntry(long requestId, AccountId customerId, String customerName, String customerEmail,
                                 String customerNumber, Language customerLanguage, Instant requestedAt,
                                 Instant confirmedAt, String requestIp, String confirmIp, boolean passwordGiven,
                                 boolean mailboxVerified, String ticket, Instant effectiveAt, boolean removalDue) {
}
