package com.nordhost.clientarea.persistence.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the integration tests: one migrated database per test class (H2 here; subclasses for
 * PostgreSQL override {@link #openDatabase()}). Tests create their own accounts with unique
 * addresses, so they do not depend on one another.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DatabaseTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    protected TestDatabase db;

    protected TestDatabase openDatabase() {
        return TestDatabase.create();
    }

    @BeforeAll
    void openTheDatabase() {
        db = openDatabase();
    }

    @AfterAll
    void closeTheDatabase() {
        if (db != null) {
            db.close();
        }
    }

    /** An address no other test uses. */
    protected static String uniqueEmail(String name) {
        return name + "-" + SEQUENCE.incrementAndGet() + "@example.com";
    }

    protected <T> T tx(Supplier<T> work) {
        return db.inTransaction(work);
    }

    /**
     * Runs {@code work} in {@code threads} transactions that start at the same moment, each on its own
     * thread and EntityManager, and holds each transaction open a little after the work so that they
     * overlap. Returns each transaction's result, or the exception it ended with.
     */
    protected List<Object> race(int threads, Supplier<?> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        return db.inTransaction(() -> {
                            Object result = work.get();
                            pause(15);
                            return result;
                        });
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            ready.await();
            go.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
