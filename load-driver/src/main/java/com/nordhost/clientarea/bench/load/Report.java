package com.nordhost.clientarea.bench.load;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The results table, one line per run, with the columns of the peer benchmark's table. */
public final class Report {

    private Report() {
    }

    public static void table(PrintStream out, List<LevelResult> results) {
        out.printf(Locale.ROOT, "%-22s %4s %6s %6s %5s %9s %8s %8s %8s %8s %8s %14s %8s %7s %8s %8s%n",
                "run", "conc", "secs", "ok", "err", "logins/s", "p50 ms", "p95 ms", "p99 ms", "max ms",
                "srv cores", "srv cpu ms/lgn", "drv cores", "other", "starved", "RSS MiB");
        for (LevelResult r : results) {
            out.printf(Locale.ROOT, "%-22s %4d %6.1f %6d %5d %9.2f %8.1f %8.1f %8.1f %8.1f %8.2f %14.1f %8.2f %7.2f %8d %8d%n",
                    r.label(), r.concurrency(), r.seconds(), r.ok(), r.errorCount(), r.loginsPerSecond(),
                    r.latencies().percentile(50), r.latencies().percentile(95), r.latencies().percentile(99),
                    r.latencies().max(), r.serverCores(), r.serverCpuMsPerLogin(), r.driverCores(), r.otherCores(),
                    r.starvedWaits(), r.rssAfterKib() / 1024);
        }
        for (LevelResult r : results) {
            if (!r.errors().isEmpty()) {
                out.println("  errors in " + r.label() + ": " + r.errors());
            }
            if (!r.notes().isEmpty()) {
                out.println("  outcomes in " + r.label() + ": " + r.notes());
            }
        }
    }

    /** One line while the run goes on. */
    public static String line(LevelResult r) {
        return String.format(Locale.ROOT, "  %s c=%d: %d ok, %d errors, %.2f/s, p50 %.0f ms, p95 %.0f ms, p99 %.0f ms,"
                        + " server %.0f ms CPU/login%s", r.label(), r.concurrency(), r.ok(), r.errorCount(),
                r.loginsPerSecond(), r.latencies().percentile(50), r.latencies().percentile(95),
                r.latencies().percentile(99), r.serverCpuMsPerLogin(), r.errors().isEmpty() ? "" : "  " + r.errors());
    }
}
