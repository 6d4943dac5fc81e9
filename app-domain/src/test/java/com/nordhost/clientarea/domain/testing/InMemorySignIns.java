package com.nordhost.clientarea.domain.testing;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.signin.ActiveSignIn;
import com.nordhost.clientarea.domain.signin.SecondFactorUsed;
import com.nordhost.clientarea.domain.signin.SignInRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Test double of the {@code sign_in} table. */
public final class InMemorySignIns implements SignInRepository {

    private final List<Stored> rows = new ArrayList<>();
    private final List<ActiveSignIn> shown = new ArrayList<>();
    private long nextId = 1;

    @Override
    public synchronized long add(AccountId account, Realm realm, String secretHash, int sessionEpoch, String browser,
                                 String ip, SecondFactorUsed secondFactor, Instant at) {
        long id = nextId++;
        rows.add(new Stored(id, account, realm, secretHash, sessionEpoch, at, at, secondFactor));
        shown.add(new ActiveSignIn(id, browser, ip, at, at, secondFactor));
        return id;
    }

    @Override
    public synchronized Optional<Stored> find(long id) {
        return rows.stream().filter(r -> r.id() == id).findFirst();
    }

    @Override
    public synchronized boolean touch(long id, Instant at, Instant seenBefore) {
        for (int i = 0; i < rows.size(); i++) {
            Stored r = rows.get(i);
            if (r.id() == id && r.lastSeenAt().isBefore(seenBefore)) {
                rows.set(i, new Stored(r.id(), r.account(), r.realm(), r.secretHash(), r.sessionEpoch(), r.createdAt(),
                        at, r.secondFactor()));
                ActiveSignIn s = shown.get(i);
                shown.set(i, new ActiveSignIn(s.id(), s.browser(), s.ip(), s.signedInAt(), at, s.secondFactor()));
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized List<ActiveSignIn> listFor(AccountId account, Instant seenAfter, Instant begunAfter) {
        List<ActiveSignIn> found = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Stored r = rows.get(i);
            if (r.account().equals(account) && r.lastSeenAt().isAfter(seenAfter) && r.createdAt().isAfter(begunAfter)) {
                found.add(shown.get(i));
            }
        }
        found.sort(Comparator.comparing(ActiveSignIn::lastActiveAt).reversed());
        return found;
    }

    @Override
    public synchronized boolean delete(AccountId account, long id) {
        return removeWhere(r -> r.id() == id && r.account().equals(account)) == 1;
    }

    @Override
    public synchronized int deleteAllExcept(AccountId account, long keep) {
        return removeWhere(r -> r.account().equals(account) && r.id() != keep);
    }

    @Override
    public synchronized int removeAll(AccountId account) {
        return removeWhere(r -> r.account().equals(account));
    }

    @Override
    public synchronized int deleteExpired(Instant seenBefore, Instant begunBefore) {
        return removeWhere(r -> r.lastSeenAt().isBefore(seenBefore) || r.createdAt().isBefore(begunBefore));
    }

    /** How many rows the table holds, of every account. */
    public synchronized int size() {
        return rows.size();
    }

    private int removeWhere(java.util.function.Predicate<Stored> which) {
        int removed = 0;
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (which.test(rows.get(i))) {
                rows.remove(i);
                shown.remove(i);
                removed++;
            }
        }
        return removed;
    }
}
