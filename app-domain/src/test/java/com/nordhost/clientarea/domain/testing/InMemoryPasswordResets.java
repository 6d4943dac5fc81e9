package com.nordhost.clientarea.domain.testing;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.passwordreset.PasswordResetRequests;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Test double of the {@code password_reset} table. */
public final class InMemoryPasswordResets implements PasswordResetRequests {

    /** A row as the table holds it. */
    public static final class Row {
        public final AccountId account;
        public final String tokenHash;
        public final Instant requestedAt;
        public final Instant expiresAt;
        public final String sourceIp;
        public Instant usedAt;
        public final Purpose purpose;

        Row(AccountId account, String tokenHash, Instant requestedAt, Instant expiresAt, String sourceIp,
            Purpose purpose) {
            this.purpose = purpose;
            this.account = account;
            this.tokenHash = tokenHash;
            this.requestedAt = requestedAt;
            this.expiresAt = expiresAt;
            this.sourceIp = sourceIp;
        }
    }

    private final List<Row> rows = new ArrayList<>();

    @Override
    public synchronized void record(AccountId account, String tokenHash, Instant requestedAt, Instant expiresAt,
                                    String sourceIp) {
        rows.add(new Row(account, tokenHash, requestedAt, expiresAt, sourceIp, Purpose.RESET));
    }

    @Override
    public synchronized void recordInvitation(AccountId account, String tokenHash, Instant sentAt, Instant expiresAt,
                                              String sourceIp) {
        rows.add(new Row(account, tokenHash, sentAt, expiresAt, sourceIp, Purpose.INVITATION));
    }

    @Override
    public synchronized Optional<Invitation> latestInvitation(AccountId account) {
        Row latest = null;
        for (Row r : rows) {
            if (account.equals(r.account) && r.purpose == Purpose.INVITATION) {
                latest = r;
            }
        }
        return Optional.ofNullable(latest).map(r -> new Invitation(r.requestedAt, r.expiresAt, r.usedAt));
    }

    @Override
    public synchronized int countInvitationsSince(AccountId account, Instant since) {
        return (int) rows.stream().filter(r -> account.equals(r.account) && r.purpose == Purpose.INVITATION
                && !r.requestedAt.isBefore(since)).count();
    }

    @Override
    public synchronized int countForAccountSince(AccountId account, Instant since) {
        return (int) rows.stream().filter(r -> account.equals(r.account) && r.purpose == Purpose.RESET
                && !r.requestedAt.isBefore(since)).count();
    }

    @Override
    public synchronized int countFromIpSince(String sourceIp, Instant since) {
        return (int) rows.stream().filter(r -> Objects.equals(sourceIp, r.sourceIp) && !r.requestedAt.isBefore(since))
                .count();
    }

    @Override
    public synchronized Optional<Link> findByTokenHash(String tokenHash) {
        return rows.stream().filter(r -> tokenHash.equals(r.tokenHash)).findFirst()
                .map(r -> new Link(r.account, r.expiresAt, r.usedAt, r.purpose));
    }

    @Override
    public synchronized boolean use(String tokenHash, Instant now) {
        for (Row r : rows) {
            if (tokenHash.equals(r.tokenHash) && r.usedAt == null && now.isBefore(r.expiresAt)) {
                r.usedAt = now;
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized void spendAll(AccountId account, Instant now) {
        rows.stream().filter(r -> account.equals(r.account) && r.usedAt == null).forEach(r -> r.usedAt = now);
    }

    public synchronized List<Row> all() {
        return new ArrayList<>(rows);
    }

    @Override
    public synchronized int deleteAll(AccountId account) {
        int before = rows.size();
        rows.removeIf(r -> Objects.equals(r.account, account));
        return before - rows.size();
    }

    public synchronized int rowsOf(AccountId account) {
        return (int) rows.stream().filter(r -> Objects.equals(r.account, account)).count();
    }
}
