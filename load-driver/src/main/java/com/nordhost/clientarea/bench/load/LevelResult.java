package com.nordhost.clientarea.bench.load;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run at one concurrency: successful logins, failures by kind, latency, and what the server, this driver
 * and everything else on the machine used meanwhile (cores = CPU seconds / wall seconds). {@code notes} counts
 * what successful attempts saw, when that varies (the flood's refusal messages).
 */
public record LevelResult(String label, int concurrency, double seconds, Latencies latencies,
                          Map<String, Integer> errors, Map<String, Integer> notes,
                          double serverCpuSeconds, double driverCpuSeconds,
                          double hostCpuSeconds, long starvedWaits, long rssAfterKib) {

    public int ok() {
        return latencies.count();
    }

    public int errorCount() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    public double loginsPerSecond() {
        return ok() / seconds;
    }

    public double serverCores() {
        return serverCpuSeconds / seconds;
    }

    public double serverCpuMsPerLogin() {
        return ok() == 0 ? Double.NaN : serverCpuSeconds * 1000 / ok();
    }

    public double driverCores() {
        return driverCpuSeconds / seconds;
    }

    /** Busy cores used by neither the server nor this driver: other work that skews the run. */
    public double otherCores() {
        return (hostCpuSeconds - serverCpuSeconds - driverCpuSeconds) / seconds;
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("concurrency", concurrency);
        m.put("seconds", round(seconds, 1));
        m.put("ok", ok());
        m.put("errors", errorCount());
        m.put("error_kinds", errors);
        if (!notes.isEmpty()) {
            m.put("outcomes", notes);
        }
        m.put("logins_per_s", round(loginsPerSecond(), 2));
        m.put("p50_ms", round(latencies.percentile(50), 1));
        m.put("p95_ms", round(latencies.percentile(95), 1));
        m.put("p99_ms", round(latencies.percentile(99), 1));
        m.put("max_ms", round(latencies.max(), 1));
        m.put("server_cpu_cores", round(serverCores(), 2));
        m.put("server_cpu_ms_per_login", round(serverCpuMsPerLogin(), 1));
        m.put("driver_cpu_cores", round(driverCores(), 2));
        m.put("other_cpu_cores", round(otherCores(), 2));
        m.put("starved_waits", starvedWaits);
        m.put("rss_after_kib", rssAfterKib);
        return m;
    }

    static double round(double value, int decimals) {
        if (Double.isNaN(value)) {
            return value;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
