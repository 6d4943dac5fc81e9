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
     * @param use            whether it may sign in alone (decision 0045)
     */
    record Stored(long id, AccountId account, String credentialId, String credentialData, long signCount,
                  String name, KeyUse use) {

        /** A key that signs in only after the password. */
        public Stored(long id, AccountId account, String credentialId, String credentialData, long signCount,
                      String name) {
            this(id, account, credentialId, credentialData, signCount, name, KeyUse.AFTER_PASSWORD);
        }
    }

    /** Stores a new key that signs in only after the password; returns its id. */
    default long add(AccountId account, String credentialId, String credentialData, long signCount, String name,
                     Instant addedAt) {
        return add(account, credentialId, credentialData, signCount, name, addedAt, KeyUse.AFTER_PASSWORD);
    }

    /** Stores a new key with its use (decision 0045); returns its id. */
    long add(AccountId account, String credentialId, String credentialData, long signCount, String name,
             Instant addedAt, KeyUse use);

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
