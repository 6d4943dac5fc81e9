package com.nordhost.clientarea.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What Linux's {@code /proc} says about a process and the machine: CPU time (utime + stime of
 * {@code /proc/<pid>/stat}, in clock ticks), resident memory ({@code VmRSS} of {@code /proc/<pid>/status}) and
 * the busy time of all cores ({@code /proc/stat}), so that load from other work on the machine shows.
 */
public final class ProcessProbe {

    private final long pid;
    private final double ticksPerSecond;

    public ProcessProbe(long pid) {
        this.pid = pid;
        this.ticksPerSecond = clockTicks();
    }

    public long pid() {
        return pid;
    }

    /** CPU seconds (user + system) the process has used, or NaN when it is gone. */
    public double cpuSeconds() {
        return cpuSecondsOf(Path.of("/proc", String.valueOf(pid), "stat"));
    }

    /** CPU seconds of this driver's own JVM. */
    public double ownCpuSeconds() {
        return cpuSecondsOf(Path.of("/proc/self/stat"));
    }

    private double cpuSecondsOf(Path stat) {
        try {
            String text = Files.readString(stat);
            // The command name may contain spaces and parentheses: fields are counted after the last ')'.
            String[] f = text.substring(text.lastIndexOf(')') + 2).trim().split("\\s+");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / ticksPerSecond;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Resident set size in KiB, or -1 when the process is gone. */
    public long rssKib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return -1;
    }

    /** Busy CPU seconds of the whole machine, all cores (everything but idle and iowait). */
    public double hostBusySeconds() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i <= 8 && i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return (total - idle) / ticksPerSecond;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double clockTicks() {
        try {
            Process p = new ProcessBuilder(List.of("getconf", "CLK_TCK")).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            return Double.parseDouble(out);
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
