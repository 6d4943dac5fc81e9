package com.nordhost.clientarea.bench.flood;

import com.nordhost.clientarea.bench.load.LevelResult;
import com.nordhost.clientarea.bench.load.LevelRunner;
import com.nordhost.clientarea.bench.load.Workload;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The wrong-password goal: while {@code floodConcurrency} workers send wrong passwords for a few victim
 * accounts, other customers' logins run beside them and must keep their p95 under the goal. Both runs start
 * together and last equally long; the server's CPU figures of each cover both loads.
 */
public final class FloodRun {

    /** The goal for other customers' logins during the flood. */
    public static final double GOAL_P95_MS = 300;

    public record Result(LevelResult flood, LevelResult customers) {
        public boolean goalMet() {
            return customers.ok() > 0 && customers.errorCount() == 0
                    && customers.latencies().percentile(95) < GOAL_P95_MS;
        }
    }

    private final LevelRunner runner;

    public FloodRun(LevelRunner runner) {
        this.runner = runner;
    }

    public Result run(Workload flood, int floodConcurrency, Workload customers, int customerConcurrency,
                      double seconds) throws Exception {
        ExecutorService attacker = Executors.newSingleThreadExecutor();
        try {
            Future<LevelResult> attack = attacker.submit(() -> runner.run("flood (wrong passwords)",
                    floodConcurrency, seconds, flood));
            LevelResult others = runner.run("others during flood", customerConcurrency, seconds, customers);
            return new Result(attack.get(), others);
        } finally {
            attacker.shutdownNow();
        }
    }
}
