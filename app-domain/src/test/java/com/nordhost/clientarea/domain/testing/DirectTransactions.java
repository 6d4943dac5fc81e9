package com.nordhost.clientarea.domain.testing;

import com.nordhost.clientarea.domain.shared.Transactions;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Runs the work at once; counts calls so tests can check every use case goes through a transaction. */
public final class DirectTransactions implements Transactions {

    private final AtomicInteger count = new AtomicInteger();
    private final ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> false);

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        count.incrementAndGet();
        boolean outer = !inside.get();
        inside.set(true);
        try {
            return work.get();
        } finally {
            if (outer) {
                inside.set(false);
            }
        }
    }

    public boolean isInside() {
        return inside.get();
    }

    public int count() {
        return count.get();
    }
}
