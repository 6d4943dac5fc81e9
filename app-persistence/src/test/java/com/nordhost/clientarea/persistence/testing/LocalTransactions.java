package com.nordhost.clientarea.persistence.testing;

import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.persistence.jpa.EntityManagers;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Resource-local stand-in for the server's JTA transactions: {@link #inTransaction} binds a new
 * EntityManager and EntityTransaction to the calling thread, commits when the work returns and
 * rolls back when it throws. A nested call joins the outer transaction, like {@code REQUIRED}.
 * Repositories built on {@link #current()} then run exactly as in the server.
 */
public final class LocalTransactions implements Transactions, EntityManagers {

    private final EntityManagerFactory factory;
    private final ThreadLocal<EntityManager> bound = new ThreadLocal<>();

    public LocalTransactions(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory, "An entity manager factory is required.");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "Work is required.");
        if (bound.get() != null) {
            return work.get();
        }
        EntityManager em = factory.createEntityManager();
        bound.set(em);
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.get();
            tx.commit();
            return result;
        } catch (RuntimeException | Error e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            bound.remove();
            em.close();
        }
    }

    /** Runs work without a result in one transaction. */
    public void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * The EntityManager of the current thread's transaction. Outside {@link #inTransaction} there is
     * none: every use case opens one, and a repository call outside it is a bug this makes visible.
     */
    @Override
    public EntityManager current() {
        EntityManager em = bound.get();
        if (em == null) {
            throw new IllegalStateException("No transaction on this thread: call repositories inside inTransaction.");
        }
        return em;
    }
}
