package com.nordhost.clientarea.domain.testing;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.securitykey.WebAuthnChallenges;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test double of the {@code webauthn_challenge} table. */
public final class InMemoryWebAuthnChallenges implements WebAuthnChallenges {

    private record Row(AccountId account, Purpose purpose, String hash, Instant expiresAt) {
    }

    private final List<Row> rows = new ArrayList<>();

    @Override
    public synchronized void issue(AccountId account, Purpose purpose, String challengeHash, Instant issuedAt,
                                   Instant expiresAt) {
        rows.removeIf(r -> !r.expiresAt.isAfter(issuedAt) || (r.account.equals(account) && r.purpose == purpose));
        rows.add(new Row(account, purpose, challengeHash, expiresAt));
    }

    @Override
    public synchronized boolean consume(AccountId account, Purpose purpose, String challengeHash, Instant now) {
        return rows.removeIf(r -> r.account.equals(account) && r.purpose == purpose && r.hash.equals(challengeHash)
                && r.expiresAt.isAfter(now));
    }

    @Override
    public synchronized void deleteAll(AccountId account) {
        rows.removeIf(r -> r.account.equals(account));
    }

    public synchronized int size() {
        return rows.size();
    }
}
