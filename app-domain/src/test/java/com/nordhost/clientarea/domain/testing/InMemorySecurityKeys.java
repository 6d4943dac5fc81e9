package com.nordhost.clientarea.domain.testing;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.securitykey.KeyUse;
import com.nordhost.clientarea.domain.securitykey.SecurityKey;
import com.nordhost.clientarea.domain.securitykey.SecurityKeyRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test double of the {@code security_key} table. */
public final class InMemorySecurityKeys implements SecurityKeyRepository {

    private record Row(long id, AccountId account, String credentialId, String credentialData, long signCount,
                       String name, Instant addedAt, Instant lastUsedAt, KeyUse use) {
    }

    private final List<Row> rows = new ArrayList<>();
    private long nextId = 1;

    @Override
    public synchronized long add(AccountId account, String credentialId, String credentialData, long signCount,
                                 String name, Instant addedAt, KeyUse use) {
        if (rows.stream().anyMatch(r -> r.credentialId.equals(credentialId))) {
            throw new IllegalStateException("unique constraint: credential id");
        }
        long id = nextId++;
        rows.add(new Row(id, account, credentialId, credentialData, signCount, name, addedAt, null, use));
        return id;
    }

    @Override
    public synchronized Optional<Stored> findByCredentialId(String credentialId) {
        return rows.stream().filter(r -> r.credentialId.equals(credentialId)).findFirst()
                .map(r -> new Stored(r.id, r.account, r.credentialId, r.credentialData, r.signCount, r.name, r.use));
    }

    @Override
    public synchronized List<String> credentialIds(AccountId account) {
        return rows.stream().filter(r -> r.account.equals(account)).map(Row::credentialId).toList();
    }

    @Override
    public synchronized List<SecurityKey> listFor(AccountId account) {
        return rows.stream().filter(r -> r.account.equals(account))
                .map(r -> new SecurityKey(r.id, r.name, r.addedAt, r.lastUsedAt, r.use)).toList();
    }

    @Override
    public synchronized boolean recordUse(long id, long expectedCount, long newCount, Instant at) {
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.id == id && r.signCount == expectedCount) {
                rows.set(i, new Row(r.id, r.account, r.credentialId, r.credentialData, newCount, r.name, r.addedAt,
                        at, r.use));
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized boolean delete(AccountId account, long id) {
        return rows.removeIf(r -> r.id == id && r.account.equals(account));
    }

    @Override
    public synchronized int deleteAll(AccountId account) {
        int before = rows.size();
        rows.removeIf(r -> r.account.equals(account));
        return before - rows.size();
    }

    /** The stored counter of a key (tests of the clone check). */
    public synchronized long signCount(long id) {
        return rows.stream().filter(r -> r.id == id).findFirst().orElseThrow().signCount;
    }
}
