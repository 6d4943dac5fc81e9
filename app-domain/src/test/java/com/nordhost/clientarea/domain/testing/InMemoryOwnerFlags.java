package com.nordhost.clientarea.domain.testing;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.protect.FlaggedCustomer;
import com.nordhost.clientarea.domain.protect.OwnerFlag;
import com.nordhost.clientarea.domain.protect.OwnerFlags;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test double of the {@code owner_flag} table. */
public final class InMemoryOwnerFlags implements OwnerFlags {

    private final InMemoryAccounts accounts;
    private final Map<AccountId, OwnerFlag> rows = new LinkedHashMap<>();

    public InMemoryOwnerFlags(InMemoryAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public synchronized void raise(AccountId account, Instant now) {
        rows.merge(account, new OwnerFlag(account, now, now, 1),
                (open, fresh) -> new OwnerFlag(account, open.raisedAt(), now, open.presses() + 1));
    }

    @Override
    public synchronized Optional<OwnerFlag> find(AccountId account) {
        return Optional.ofNullable(rows.get(account));
    }

    @Override
    public synchronized boolean close(AccountId account) {
        return rows.remove(account) != null;
    }

    @Override
    public synchronized List<FlaggedCustomer> listOpen(int limit) {
        return rows.values().stream().sorted(Comparator.comparing(OwnerFlag::raisedAt)).limit(limit)
                .map(f -> {
                    Account a = accounts.findById(f.account()).orElseThrow();
                    return new FlaggedCustomer(a.id(), "C" + (100000 + a.id().value()), a.fullName(), a.email(),
                            f.raisedAt());
                }).toList();
    }
}
