package com.nordhost.clientarea.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's live heap, read with {@code jcmd}: a full collection ({@code GC.run}) first, so what is left is
 * what is referenced, then {@code GC.heap_info}'s "used". The driver runs as the server's user, which is what
 * jcmd needs to attach.
 */
public final class HeapProbe {

    /**
     * G1 prints one line ("garbage-first heap total ..K, used ..K"), the serial and parallel collectors one per
     * generation ("def new generation total ..K, used ..K", "tenured generation ...", "PSYoungGen ..."): all are
     * added up. Metaspace lines say "used" too but no "total".
     */
    private static final Pattern USED = Pattern.compile("(?m)^\\s*(?:garbage-first heap|def new generation"
            + "|tenured generation|PSYoungGen|ParOldGen)\\s+total\\s+\\d+K,\\s+used\\s+(\\d+)K");

    private final long pid;
    private final String jcmd;

    public HeapProbe(long pid, String jcmd) {
        this.pid = pid;
        this.jcmd = jcmd;
    }

    /** {@code jcmd} beside the java that runs this driver, else whatever is on the PATH. */
    public static String defaultJcmd() {
        Path beside = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        return Files.isExecutable(beside) ? beside.toString() : "jcmd";
    }

    /** Live heap in KiB after a full collection. */
    public long liveHeapKib() throws IOException, InterruptedException {
        jcmd("GC.run");
        // A second collection picks up what finalization and reference processing let go in the first.
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        long used = usedKib(info);
        if (used < 0) {
            throw new IOException("No heap usage in jcmd GC.heap_info output: " + info.strip());
        }
        return used;
    }

    /** A heap dump of live objects only (HPROF), to see what the measured sessions hold. */
    public void dump(Path file) throws IOException, InterruptedException {
        jcmd("GC.heap_dump", file.toAbsolutePath().toString());
    }

    /** The "used" figure of a {@code GC.heap_info} text, in KiB. */
    static long usedKib(String heapInfo) {
        Matcher m = USED.matcher(heapInfo);
        long used = -1;
        while (m.find()) {
            used = Math.max(used, 0) + Long.parseLong(m.group(1));
        }
        return used;
    }

    private String jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new java.util.ArrayList<>(List.of(jcmd, String.valueOf(pid)));
        line.addAll(List.of(command));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("jcmd " + String.join(" ", command) + " failed: " + out.strip());
        }
        return out;
    }
}
