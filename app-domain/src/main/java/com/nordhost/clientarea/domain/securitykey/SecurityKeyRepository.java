package com.nordhost.clientarea.domain.securitykey;

import com.nordhost.clientarea.domain.shared.Port;

import com.nordhost.clientarea.domain.account.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: the {@code security_key} table (migration V12). One row per registered credential; the credential id is
 * unique across accounts. Removing a key deletes its row (the audit log keeps the event). Implemented in
 * app-persistence; every method runs in the caller's transaction.
 */
@Port
public interface SecurityKeyRepository {

    /**
     * What a login needs to check an assertion.
     *
     * @param credentialId   base64url of the credential id the authenticator chose
     * @param credentialData base64url of the attested credential data (AAGUID, credential id, COSE public key)
     * @param signCount      the highest signature counter seen so far
     */
    record Stored(long id, AccountId account, String credentialId, String credentialData, long signCount,
                  String name) {
    }

    /** Stores a new key; returns its id. */
    long add(AccountId account, String credentialId, String credentialData, long signCount, String name,
             Instant addedAt);

    Optional<Stored> findByCredentialId(String credentialId);

    /** The account's credential ids (base64url), for the browser's allow and exclude lists. */
    List<String> credentialIds(AccountId account);

    /** The account's keys, oldest first. */
    List<SecurityKey> listFor(AccountId account);

    /**
     * A login passed with the key: conditional on the counter still being {@code expectedCount}, so two assertions
     * with one counter value (a clone racing the original, on two nodes) let at most one through. True iff it did.
     */
    boolean recordUse(long id, long expectedCount, long newCount, Instant at);

    /** Removes one key, only if it is the account's; whether a row went. */
    boolean delete(AccountId account, long id);

    /** Removes every key of the account; how many went. */
    int deleteAll(AccountId account);
}
