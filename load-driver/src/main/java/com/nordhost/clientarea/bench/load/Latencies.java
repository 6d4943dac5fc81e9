package com.nordhost.clientarea.bench.load;

import java.util.Arrays;

/** Whole-login latencies of one run, in milliseconds; percentiles by nearest rank. */
public final class Latencies {

    private final double[] sorted;

    public Latencies(double[] millis) {
        this.sorted = millis.clone();
        Arrays.sort(this.sorted);
    }

    public int count() {
        return sorted.length;
    }

    /**
     * The smallest value with at least {@code p} percent of the values at or below it (nearest rank:
     * index ceil(p/100 * n) - 1); NaN without values.
     */
    public double percentile(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }
}
