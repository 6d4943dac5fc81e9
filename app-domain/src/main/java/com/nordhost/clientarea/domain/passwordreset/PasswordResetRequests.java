package com.nordhost.clientarea.domain.passwordreset;

import com.nordhost.clientarea.domain.shared.Port;

import com.nordhost.clientarea.domain.account.AccountId;
import java.time.Instant;
import java.util.Optional;

/**
 * Port: the "Forgot your password?" requests ({@code password_reset}). A token is stored only as its SHA-256
 * hash. Requests for unknown addresses are kept too (without account and token) so the per-IP throttle counts
 * them. Implemented in app-persistence.
 */
@Port
public interface PasswordResetRequests {

    /** A valid link's state. */
    record Link(AccountId accountId, Instant expiresAt, Instant usedAt) {
    }

    /** Records a request; {@code accountOrNull}/{@code tokenHashOrNull} null for an unknown address. */
    void record(AccountId accountOrNull, String tokenHashOrNull, Instant requestedAt, Instant expiresAt,
                String sourceIpOrNull);

    /** Requests for this account since {@code since} (links sent). */
    int countForAccountSince(AccountId account, Instant since);

    /** Requests from this IP address since {@code since}, known addresses or not. */
    int countFromIpSince(String sourceIp, Instant since);

    Optional<Link> findByTokenHash(String tokenHash);

    /**
     * Spends the link: only where it is unused and not expired at {@code now}; the row count decides, so two
     * concurrent uses let exactly one through.
     */
    boolean use(String tokenHash, Instant now);

    /** Every other unused link of the account stops working (after a reset). */
    void spendAll(AccountId account, Instant now);
}
