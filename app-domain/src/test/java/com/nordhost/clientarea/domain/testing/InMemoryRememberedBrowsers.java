package com.nordhost.clientarea.domain.testing;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.remembered.RememberedBrowser;
import com.nordhost.clientarea.domain.remembered.RememberedBrowserRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Test double of the {@code remembered_browser} table. */
public final class InMemoryRememberedBrowsers implements RememberedBrowserRepository {

    /** A row as the table holds it. */
    public static final class Row {
        public final long id;
        public final AccountId account;
        public final String secretHash;
        public final int sessionEpoch;
        public final String browser;
        public final String ip;
        public final Instant rememberedAt;
        public final Instant expiresAt;
        public Instant lastUsedAt;

        Row(long id, AccountId account, String secretHash, int sessionEpoch, String browser, String ip,
            Instant rememberedAt, Instant expiresAt) {
            this.id = id;
            this.account = account;
            this.secretHash = secretHash;
            this.sessionEpoch = sessionEpoch;
            this.browser = browser;
            this.ip = ip;
            this.rememberedAt = rememberedAt;
            this.expiresAt = expiresAt;
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private long nextId = 1;

    @Override
    public synchronized long add(AccountId account, String secretHash, int sessionEpoch, String browser, String ip,
                                 Instant rememberedAt, Instant expiresAt) {
        Row row = new Row(nextId++, account, secretHash, sessionEpoch, browser, ip, rememberedAt, expiresAt);
        rows.add(row);
        return row.id;
    }

    @Override
    public synchronized Optional<Stored> find(long id) {
        return rows.stream().filter(r -> r.id == id).findFirst()
                .map(r -> new Stored(r.id, r.account, r.secretHash, r.sessionEpoch, r.expiresAt));
    }

    @Override
    public synchronized void markUsed(long id, Instant at) {
        rows.stream().filter(r -> r.id == id).forEach(r -> r.lastUsedAt = at);
    }

    @Override
    public synchronized List<RememberedBrowser> listFor(AccountId account, Instant now) {
        return rows.stream().filter(r -> r.account.equals(account) && now.isBefore(r.expiresAt))
                .sorted(Comparator.comparing((Row r) -> r.rememberedAt).thenComparing(r -> r.id).reversed())
                .map(r -> new RememberedBrowser(r.id, r.browser, r.ip, r.rememberedAt, r.lastUsedAt, r.expiresAt))
                .toList();
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

    @Override
    public synchronized int deleteExpired(Instant now) {
        int before = rows.size();
        rows.removeIf(r -> !now.isBefore(r.expiresAt));
        return before - rows.size();
    }

    public synchronized List<Row> all() {
        return new ArrayList<>(rows);
    }
}
