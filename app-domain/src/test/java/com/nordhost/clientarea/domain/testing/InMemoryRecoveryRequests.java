package com.nordhost.clientarea.domain.testing;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.recovery.RecoveryRequests;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Test double of the {@code recovery_request} table: rows are replaced on every change, as UPDATEs would. */
public final class InMemoryRecoveryRequests implements RecoveryRequests {

    private final List<Request> rows = new ArrayList<>();
    private final List<String> confirmHashes = new ArrayList<>();
    private final List<String> cancelHashes = new ArrayList<>();

    /** Every token hash stored, for tests that check no token is kept in clear. */
    public synchronized List<String> storedHashes() {
        List<String> all = new ArrayList<>(confirmHashes);
        cancelHashes.stream().filter(Objects::nonNull).forEach(all::add);
        return all;
    }

    @Override
    public synchronized long create(AccountId account, String verifiedEmail, boolean passwordGiven,
                                    String confirmTokenHash, Instant requestedAt, Instant confirmExpiresAt,
                                    String requestIp) {
        if (findOpen(account).isPresent()) {
            throw new IllegalStateException("uq_recovery_request_open");
        }
        long id = rows.size() + 1L;
        rows.add(new Request(id, account, Status.UNCONFIRMED, verifiedEmail, passwordGiven, requestedAt,
                confirmExpiresAt, requestIp, null, null, null, null, null, null, null, null));
        confirmHashes.add(confirmTokenHash);
        cancelHashes.add(null);
        return id;
    }

    @Override
    public synchronized Optional<Request> findById(long id) {
        return id < 1 || id > rows.size() ? Optional.empty() : Optional.of(rows.get((int) id - 1));
    }

    @Override
    public synchronized Optional<Request> findOpen(AccountId account) {
        return rows.stream().filter(r -> r.accountId().equals(account) && r.status().open()).findFirst();
    }

    @Override
    public synchronized Optional<Request> findByConfirmTokenHash(String tokenHash) {
        int i = confirmHashes.indexOf(tokenHash);
        return i < 0 ? Optional.empty() : Optional.of(rows.get(i));
    }

    @Override
    public synchronized Optional<Request> findByCancelTokenHash(String tokenHash) {
        int i = tokenHash == null ? -1 : cancelHashes.indexOf(tokenHash);
        return i < 0 ? Optional.empty() : Optional.of(rows.get(i));
    }

    @Override
    public synchronized int countForAccountSince(AccountId account, Instant since) {
        return (int) rows.stream().filter(r -> r.accountId().equals(account) && !r.requestedAt().isBefore(since))
                .count();
    }

    @Override
    public synchronized List<Request> findByStatus(Status status, int limit) {
        return rows.stream().filter(r -> r.status() == status).sorted(Comparator.comparing(Request::requestedAt))
                .limit(limit).toList();
    }

    @Override
    public synchronized boolean confirm(long id, Instant now, String confirmIp) {
        Request r = rows.get((int) id - 1);
        if (r.status() != Status.UNCONFIRMED || !now.isBefore(r.confirmExpiresAt())) {
            return false;
        }
        put(new Request(r.id(), r.accountId(), Status.CONFIRMED, r.verifiedEmail(), r.passwordGiven(),
                r.requestedAt(), r.confirmExpiresAt(), r.requestIp(), now, confirmIp, null, null, null, null, null,
                null));
        return true;
    }

    @Override
    public synchronized boolean approve(long id, AccountId agent, Instant now, String ticket, String cancelTokenHash,
                                        Instant effectiveAt) {
        Request r = rows.get((int) id - 1);
        if (r.status() != Status.CONFIRMED) {
            return false;
        }
        put(new Request(r.id(), r.accountId(), Status.APPROVED, r.verifiedEmail(), r.passwordGiven(),
                r.requestedAt(), r.confirmExpiresAt(), r.requestIp(), r.confirmedAt(), r.confirmIp(), agent, now,
                ticket, null, effectiveAt, null));
        cancelHashes.set((int) id - 1, cancelTokenHash);
        return true;
    }

    @Override
    public synchronized boolean reject(long id, AccountId agent, Instant now, String reason) {
        Request r = rows.get((int) id - 1);
        if (r.status() != Status.CONFIRMED) {
            return false;
        }
        put(new Request(r.id(), r.accountId(), Status.REJECTED, r.verifiedEmail(), r.passwordGiven(),
                r.requestedAt(), r.confirmExpiresAt(), r.requestIp(), r.confirmedAt(), r.confirmIp(), agent, now,
                null, reason, null, now));
        return true;
    }

    @Override
    public synchronized boolean shortenWait(long id, Instant now) {
        Request r = rows.get((int) id - 1);
        if (r.status() != Status.APPROVED || !r.effectiveAt().isAfter(now)) {
            return false;
        }
        put(new Request(r.id(), r.accountId(), r.status(), r.verifiedEmail(), r.passwordGiven(), r.requestedAt(),
                r.confirmExpiresAt(), r.requestIp(), r.confirmedAt(), r.confirmIp(), r.decidedBy(), r.decidedAt(),
                r.ticket(), r.rejectReason(), now, r.closedAt()));
        return true;
    }

    @Override
    public synchronized boolean close(long id, Status from, Status to, Instant now) {
        Request r = rows.get((int) id - 1);
        if (r.status() != from) {
            return false;
        }
        put(new Request(r.id(), r.accountId(), to, r.verifiedEmail(), r.passwordGiven(), r.requestedAt(),
                r.confirmExpiresAt(), r.requestIp(), r.confirmedAt(), r.confirmIp(), r.decidedBy(), r.decidedAt(),
                r.ticket(), r.rejectReason(), r.effectiveAt(), now));
        return true;
    }

    /** Deleted rows keep their place (ids are positions) but belong to nobody and hold nothing. */
    @Override
    public synchronized int deleteAll(AccountId account) {
        int deleted = 0;
        for (int i = 0; i < rows.size(); i++) {
            Request r = rows.get(i);
            if (r.accountId().equals(account)) {
                rows.set(i, new Request(r.id(), DELETED, Status.VOIDED, "", false, r.requestedAt(),
                        r.confirmExpiresAt(), null, null, null, null, null, null, null, null, r.requestedAt()));
                confirmHashes.set(i, "deleted-" + i);
                cancelHashes.set(i, null);
                deleted++;
            }
        }
        return deleted;
    }

    /** Every row's text, to check an erased customer left nothing. */
    public synchronized String everythingStored() {
        return rows.toString();
    }

    private static final AccountId DELETED = new AccountId(Long.MAX_VALUE);

    private void put(Request r) {
        rows.set((int) r.id() - 1, r);
    }
}
