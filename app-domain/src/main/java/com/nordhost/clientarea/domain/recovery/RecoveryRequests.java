package com.nordhost.clientarea.domain.recovery;

import com.nordhost.clientarea.domain.shared.Port;

import com.nordhost.clientarea.domain.account.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: the "lost both" recovery requests ({@code recovery_request}, decision 0018). Tokens are stored only as
 * their SHA-256 hash. Every state change is a conditional UPDATE on the expected status, so two clicks, two
 * agents or two nodes' sweeps let exactly one change through. At most one open request per account (the table
 * keeps {@code open_account_id} unique while a request is open). Implemented in app-persistence.
 */
@Port
public interface RecoveryRequests {

    enum Status {
        /** Asked for; the confirmation link was mailed to the registered address. */
        UNCONFIRMED,
        /** The customer opened the confirmation link: in the back-office queue. */
        CONFIRMED,
        /** An agent approved it; the removal waits until {@code effectiveAt} and can be cancelled until then. */
        APPROVED,
        REJECTED,
        CANCELLED,
        /** Not confirmed in time. */
        EXPIRED,
        /** The second factor was removed (or was already off) after the wait. */
        COMPLETED,
        /** The removal could not be done when due (approver no longer active, address changed, ...). */
        VOIDED;

        public boolean open() {
            return this == UNCONFIRMED || this == CONFIRMED || this == APPROVED;
        }
    }

    /** A request as stored. Optional parts are null until the step that sets them. */
    record Request(long id, AccountId accountId, Status status, String verifiedEmail, boolean passwordGiven,
                   Instant requestedAt, Instant confirmExpiresAt, String requestIp, Instant confirmedAt,
                   String confirmIp, AccountId decidedBy, Instant decidedAt, String ticket, String rejectReason,
                   Instant effectiveAt, Instant closedAt) {
    }

    /** Stores a new UNCONFIRMED request; returns its id. */
    long create(AccountId account, String verifiedEmail, boolean passwordGiven, String confirmTokenHash,
                Instant requestedAt, Instant confirmExpiresAt, String requestIpOrNull);

    Optional<Request> findById(long id);

    /** The account's open request (UNCONFIRMED, CONFIRMED or APPROVED), if any. */
    Optional<Request> findOpen(AccountId account);

    Optional<Request> findByConfirmTokenHash(String tokenHash);

    Optional<Request> findByCancelTokenHash(String tokenHash);

    /** Requests of this account made since {@code since}, whatever became of them. */
    int countForAccountSince(AccountId account, Instant since);

    /** In one status, oldest first (the queue: CONFIRMED; the sweep: UNCONFIRMED, APPROVED). */
    List<Request> findByStatus(Status status, int limit);

    /** UNCONFIRMED → CONFIRMED, only while {@code now} is before the confirmation deadline. */
    boolean confirm(long id, Instant now, String confirmIpOrNull);

    /** CONFIRMED → APPROVED with the cancel link's hash and the time the removal takes effect. */
    boolean approve(long id, AccountId agent, Instant now, String ticket, String cancelTokenHash,
                    Instant effectiveAt);

    /** CONFIRMED → REJECTED with the reason the customer is told. */
    boolean reject(long id, AccountId agent, Instant now, String reason);

    /** An APPROVED request whose removal is still ahead takes effect at {@code now} instead. */
    boolean shortenWait(long id, Instant now);

    /**
     * Closes an open request: {@code from} → {@code to} (CANCELLED, EXPIRED, COMPLETED, VOIDED), only if it is
     * still in {@code from}; the account may then ask again.
     */
    boolean close(long id, Status from, Status to, Instant now);

    /**
     * Deletes every request of the account, open or closed (an erased customer: they hold the address, IP
     * addresses and agents' words about the person); the audit trail keeps the events. How many went.
     */
    int deleteAll(AccountId account);
}
