package com.nordhost.clientarea.domain.recovery;

import com.nordhost.clientarea.domain.account.AccountId;
import java.time.Instant;

/**
 * A confirmed recovery request as the back-office queue shows it: who, when asked and confirmed, from which IP
 * addresses, whether the password was given, and whether the mailbox was verified (the confirmation link was
 * opened, so the registered address reads its mail). For an approved request waiting for its removal, also the
 * ticket and when the removal takes effect (null otherwise).
 */
public record RecoveryQueueEntry(long requestId, AccountId customerId, String customerName, String customerEmail,
                                 String customerNumber, Instant requestedAt, Instant confirmedAt, String requestIp,
                                 String confirmIp, boolean passwordGiven, boolean mailboxVerified, String ticket,
                                 Instant effectiveAt) {
}
