package com.nordhost.clientarea.bench.load;

import com.nordhost.clientarea.bench.provision.BenchAccount;
import com.nordhost.clientarea.domain.totp.TotpGenerator;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out accounts least recently used first, so that no account sends a code of a time step it already
 * used: the product accepts a code once per account and step, as a real authenticator's user would find. When
 * every account has used the current step, a taker waits for the next one and the wait is counted as
 * "starved": a level with starved waits was limited by the number of accounts, not by the server.
 */
public final class UserPool {

    /** An account and the last TOTP step it sent a code for. */
    public static final class User {
        private final BenchAccount account;
        private long lastStep = -1;

        User(BenchAccount account) {
            this.account = account;
        }

        public BenchAccount account() {
            return account;
        }
    }

    private final Deque<User> queue = new ArrayDeque<>();
    private final TotpGenerator generator = new TotpGenerator(TotpParameters.DEFAULT);
    private final AtomicLong starved = new AtomicLong();

    public UserPool(Collection<BenchAccount> accounts) {
        accounts.forEach(a -> queue.add(new User(a)));
    }

    /** The least recently used account that may send a code now, or null when none can before the deadline. */
    public User take(long deadlineMillis) throws InterruptedException {
        while (true) {
            long wait;
            synchronized (this) {
                User user = queue.pollFirst();
                if (user == null) {
                    throw new IllegalStateException("No accounts in the pool.");
                }
                long now = System.currentTimeMillis();
                if (user.lastStep < stepAt(now)) {
                    return user;
                }
                // The front is the least recently used: every account has used this step.
                queue.addFirst(user);
                starved.incrementAndGet();
                long period = TotpParameters.DEFAULT.periodSeconds() * 1000L;
                wait = period - now % period + 50;
            }
            if (System.currentTimeMillis() + wait > deadlineMillis) {
                return null;
            }
            Thread.sleep(wait);
        }
    }

    /** The code the user's app shows now; its step is spent for this user. */
    public String codeFor(User user) {
        long now = System.currentTimeMillis();
        long step = stepAt(now);
        if (step <= user.lastStep) {
            throw new IllegalStateException("Step reused: take() hands out only accounts with an unused step.");
        }
        user.lastStep = step;
        return generator.codeForStep(user.account.secret(), step);
    }

    public synchronized void giveBack(User user) {
        queue.addLast(user);
    }

    public long starved() {
        return starved.get();
    }

    private long stepAt(long millis) {
        return generator.stepAt(Instant.ofEpochMilli(millis));
    }
}
