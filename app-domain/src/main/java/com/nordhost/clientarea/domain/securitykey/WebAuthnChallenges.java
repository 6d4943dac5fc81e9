package com.nordhost.clientarea.domain.securitykey;

import com.nordhost.clientarea.domain.shared.Port;

import com.nordhost.clientarea.domain.account.AccountId;
import java.time.Instant;

/**
 * Port: the {@code webauthn_challenge} table (migration V12). A ceremony's challenge is kept server-side, as its
 * SHA-256 only, so that whichever node gets the browser's answer can finish it, and a challenge works once and
 * only until it expires. Every method runs in the caller's transaction.
 */
@Port
public interface WebAuthnChallenges {

    /** Which ceremony a challenge belongs to: a registration's challenge never passes a login. */
    enum Purpose {
        REGISTRATION,
        LOGIN
    }

    /**
     * Stores a new challenge for the account and purpose, replacing the account's earlier ones of that purpose (one
     * ceremony at a time), and deletes every expired challenge.
     */
    void issue(AccountId account, Purpose purpose, String challengeHash, Instant issuedAt, Instant expiresAt);

    /**
     * Deletes the challenge if it is the account's, of that purpose and not expired at {@code now}; true iff it
     * was (a challenge passes once, even when two nodes get it at the same moment).
     */
    boolean consume(AccountId account, Purpose purpose, String challengeHash, Instant now);

    /** Forgets every challenge of the account (its keys were removed). */
    void deleteAll(AccountId account);
}
