package com.nordhost.clientarea.bench.load;

import com.nordhost.clientarea.bench.vaadin.UiConnection;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import java.util.Optional;

/**
 * Runs a workload at a fixed concurrency for a fixed time (closed loop: each worker starts its next attempt
 * when the last one ended) and measures the whole attempt's latency, failures by kind, and CPU from /proc
 * over the run. Each worker has its own HTTP client: one browser tab's keep-alive connection.
 */
public final class LevelRunner {

    private final ProcessProbe server;
    private final LongSupplier starvedWaits;

    public LevelRunner(ProcessProbe server, LongSupplier starvedWaits) {
        this.server = server;
        this.starvedWaits = starvedWaits;
    }

    public LevelResult run(String label, int concurrency, double seconds, Workload workload) throws Exception {
        List<Double> latencies = new ArrayList<>();
        Map<String, Integer> errors = new TreeMap<>();
        Map<String, Integer> notes = new TreeMap<>();
        long starved0 = starvedWaits.getAsLong();
        double cpu0 = server.cpuSeconds();
        double own0 = server.ownCpuSeconds();
        double host0 = server.hostBusySeconds();
        long t0 = System.nanoTime();
        long deadline = System.currentTimeMillis() + (long) (seconds * 1000);
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                running.add(workers.submit(() -> {
                    HttpClient http = UiConnection.newHttpClient();
                    while (System.currentTimeMillis() < deadline) {
                        long start = System.nanoTime();
                        String failure = null;
                        Optional<String> note;
                        try {
                            note = workload.attempt(http, deadline);
                            if (note == null) {
                                return null;
                            }
                        } catch (LoginFailure e) {
                            failure = e.getMessage();
                            note = Optional.empty();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return null;
                        } catch (Exception e) {
                            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
                            note = Optional.empty();
                            // A broken connection must not poison the next attempt.
                            http = UiConnection.newHttpClient();
                        }
                        double millis = (System.nanoTime() - start) / 1e6;
                        synchronized (latencies) {
                            if (failure != null) {
                                errors.merge(failure, 1, Integer::sum);
                            } else {
                                latencies.add(millis);
                                note.ifPresent(n -> notes.merge(n, 1, Integer::sum));
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            workers.shutdownNow();
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        double[] values;
        synchronized (latencies) {
            values = latencies.stream().mapToDouble(Double::doubleValue).toArray();
        }
        return new LevelResult(label, concurrency, elapsed, new Latencies(values), errors, notes,
                server.cpuSeconds() - cpu0, server.ownCpuSeconds() - own0, server.hostBusySeconds() - host0,
                starvedWaits.getAsLong() - starved0, server.rssKib());
    }
}
