package com.nordhost.clientarea.domain.signin;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.shared.Port;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: the {@code sign_in} table. The browser's secret is stored only as its SHA-256; an ended sign-in's row is
 * deleted. Every change of an account's session epoch ({@code AccountRepository.advanceSessionEpoch}) deletes the
 * account's rows in the same transaction. Implemented in app-persistence; every method runs in the caller's
 * transaction.
 */
@Port
public interface SignInRepository {

    /** What a restore or a request's check needs to decide. */
    record Stored(long id, AccountId account, Realm realm, String secretHash, int sessionEpoch, Instant createdAt,
                  Instant lastSeenAt, SecondFactorUsed secondFactor) {
    }

    /** Stores a new sign-in; returns its id (the public half of the cookie). */
    long add(AccountId account, Realm realm, String secretHash, int sessionEpoch, String browser, String ip,
             SecondFactorUsed secondFactor, Instant at);

    Optional<Stored> find(long id);

    /**
     * Sets last seen to {@code at} only where it is still before {@code seenBefore} (one conditional update, so
     * concurrent requests on several nodes write it at most once a minute); whether this call wrote it.
     */
    boolean touch(long id, Instant at, Instant seenBefore);

    /** The account's sign-ins seen after {@code seenAfter} and begun after {@code begunAfter}, last active first. */
    List<ActiveSignIn> listFor(AccountId account, Instant seenAfter, Instant begunAfter);

    /** Ends one sign-in, only if it is the account's; whether a row went. */
    boolean delete(AccountId account, long id);

    /** Ends every sign-in of the account but {@code keep}; how many went. */
    int deleteAllExcept(AccountId account, long keep);

    /** Ends every sign-in of the account (also what erasing a customer calls); how many went. */
    int removeAll(AccountId account);

    /** Removes the sign-ins of every account last seen before {@code seenBefore} or begun before {@code begunBefore}. */
    int deleteExpired(Instant seenBefore, Instant begunBefore);
}
