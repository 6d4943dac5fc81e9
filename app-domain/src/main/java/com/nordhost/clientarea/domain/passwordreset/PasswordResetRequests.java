package com.nordhost.clientarea.domain.passwordreset;

import com.nordhost.clientarea.domain.shared.Port;

import com.nordhost.clientarea.domain.account.AccountId;
import java.time.Instant;
import java.util.Optional;

/**
 * Port: the "Forgot your password?" requests and the invitations of new customers ({@code password_reset}, told
 * apart by {@link Purpose}, decision 0029). A token is stored only as its SHA-256
 * hash. Requests for unknown addresses are kept too (without account and token) so the per-IP throttle counts
 * them. Implemented in app-persistence.
 */
@Port
public interface PasswordResetRequests {

    /** What a link is for: each use case honours only its own. */
    enum Purpose { RESET, INVITATION }

    /** A link's state. */
    record Link(AccountId accountId, Instant expiresAt, Instant usedAt, Purpose purpose) {
    }

    /** An invitation as sent: when, until when it works, and when it was used (null: not yet). */
    record Invitation(Instant sentAt, Instant expiresAt, Instant usedAt) {
    }

    /** Records a reset request; {@code accountOrNull}/{@code tokenHashOrNull} null for an unknown address. */
    void record(AccountId accountOrNull, String tokenHashOrNull, Instant requestedAt, Instant expiresAt,
                String sourceIpOrNull);

    /** Records an invitation link (purpose INVITATION) sent to the account. */
    void recordInvitation(AccountId account, String tokenHash, Instant sentAt, Instant expiresAt,
                          String sourceIpOrNull);

    /** The account's most recent invitation, used or not; empty when it was never invited. */
    Optional<Invitation> latestInvitation(AccountId account);

    /** Invitations sent to this account since {@code since}. */
    int countInvitationsSince(AccountId account, Instant since);

    /** Reset requests for this account since {@code since} (links sent; invitations not counted). */
    int countForAccountSince(AccountId account, Instant since);

    /** Requests from this IP address since {@code since}, known addresses or not. */
    int countFromIpSince(String sourceIp, Instant since);

    Optional<Link> findByTokenHash(String tokenHash);

    /**
     * Spends the link: only where it is unused and not expired at {@code now}; the row count decides, so two
     * concurrent uses let exactly one through.
     */
    boolean use(String tokenHash, Instant now);

    /** Every other unused link of the account, of either purpose, stops working (after a reset or acceptance). */
    void spendAll(AccountId account, Instant now);

    /** Deletes every request and invitation of the account, used or not (an erased customer); how many went. */
    int deleteAll(AccountId account);
}
