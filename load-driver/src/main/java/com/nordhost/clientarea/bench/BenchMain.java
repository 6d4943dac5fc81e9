package com.nordhost.clientarea.bench;

import com.nordhost.clientarea.bench.flood.FloodRun;
import com.nordhost.clientarea.bench.flood.WrongPasswordWorkload;
import com.nordhost.clientarea.bench.json.Json;
import com.nordhost.clientarea.bench.load.CustomerLogin;
import com.nordhost.clientarea.bench.load.HeapProbe;
import com.nordhost.clientarea.bench.load.SignInRestores;
import com.nordhost.clientarea.bench.load.LevelResult;
import com.nordhost.clientarea.bench.load.LevelRunner;
import com.nordhost.clientarea.bench.load.LoginFailure;
import com.nordhost.clientarea.bench.load.ProcessProbe;
import com.nordhost.clientarea.bench.load.Report;
import com.nordhost.clientarea.bench.load.SignInWorkload;
import com.nordhost.clientarea.bench.load.UserPool;
import com.nordhost.clientarea.bench.provision.AccountsFile;
import com.nordhost.clientarea.bench.provision.BenchAccount;
import com.nordhost.clientarea.bench.provision.Provisioner;
import com.nordhost.clientarea.bench.vaadin.UiConnection;
import com.nordhost.clientarea.domain.totp.TotpGenerator;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Entry point of {@code bin/bench}:
 * <pre>
 * provision --data-dir DIR --users N --out FILE [--threads T]
 * load      --url http://127.0.0.1:18080/ --pid PID --accounts FILE [--levels 1,4,8] [--duration 30]
 *           [--warmup 60] [--flood] [--flood-seconds 30] [--victims 3] [--heap-sessions 200] [--heap-dump FILE]
 *           [--heap-visitors N] [--json FILE]
 *           [--startup-seconds S]
 * login     --url http://127.0.0.1:18080/ --email E --password P [--secret BASE32] [--wrong-code]
 * </pre>
 */
public final class BenchMain {

    private static final int WARMUP_CONCURRENCY = 4;
    private static final int FLOOD_CONCURRENCY = 8;

    /** Held so the level set on it is not collected away with the logger. */
    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("org.flywaydb");

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("Usage: BenchMain provision|load|login [options] (see bin/bench --help)");
            System.exit(2);
        }
        Options options = new Options(args, 1);
        switch (args[0]) {
            case "provision" -> provision(options);
            case "load" -> load(options);
            case "login" -> System.exit(login(options));
            default -> throw new IllegalArgumentException("Unknown command " + args[0]);
        }
    }

    private static void provision(Options o) throws Exception {
        // Flyway and EclipseLink narrate every migration; the bench output keeps to its own lines.
        QUIET.setLevel(java.util.logging.Level.WARNING);
        Path dataDir = Path.of(o.required("data-dir")).toAbsolutePath();
        int users = o.integer("users", 1200);
        int threads = o.integer("threads", Runtime.getRuntime().availableProcessors());
        long t0 = System.nanoTime();
        List<BenchAccount> accounts = new Provisioner(Provisioner.settingsFromEnvironment(dataDir))
                .provision(users, threads);
        Path out = Path.of(o.required("out"));
        AccountsFile.write(out, accounts);
        System.out.printf(Locale.ROOT, "Provisioned %d customers with 2FA in %.1f s (accounts in %s)%n",
                accounts.size(), (System.nanoTime() - t0) / 1e9, out);
    }

    /** One login by hand, printing what happened: for checking the driver against the product. */
    private static int login(Options o) throws Exception {
        URI root = URI.create(o.text("url", "http://127.0.0.1:18080/"));
        String secret = o.text("secret", null);
        boolean wrongCode = o.flag("wrong-code");
        long t0 = System.nanoTime();
        try {
            CustomerLogin.Result result = new CustomerLogin(UiConnection.newHttpClient(), root).signIn(
                    o.required("email"), o.required("password"), () -> {
                        if (secret == null) {
                            return "000000";
                        }
                        String code = new TotpGenerator(TotpParameters.DEFAULT).codeAt(
                                TotpSecret.fromBase32(secret), Instant.now());
                        return wrongCode ? String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000) : code;
                    });
            System.out.printf(Locale.ROOT, "signed in (%s) in %.0f ms%n", result, (System.nanoTime() - t0) / 1e6);
            return 0;
        } catch (LoginFailure e) {
            System.out.printf(Locale.ROOT, "not signed in: %s (%.0f ms)%n", e.getMessage(),
                    (System.nanoTime() - t0) / 1e6);
            return 1;
        }
    }

    private static void load(Options o) throws Exception {
        URI root = URI.create(o.text("url", "http://127.0.0.1:18080/"));
        long pid = Long.parseLong(o.required("pid"));
        List<BenchAccount> accounts = AccountsFile.read(Path.of(o.required("accounts")));
        boolean flood = o.flag("flood");
        int victimCount = flood ? o.integer("victims", 3) : 0;
        List<BenchAccount> victims = accounts.subList(0, victimCount);
        UserPool pool = new UserPool(accounts.subList(victimCount, accounts.size()));
        ProcessProbe server = new ProcessProbe(pid);
        LevelRunner runner = new LevelRunner(server, pool::starved);
        SignInWorkload signIn = new SignInWorkload(pool, root);
        double duration = o.decimal("duration", 30);
        double warmup = o.decimal("warmup", 60);

        checkTotp(accounts.get(0));
        long rssBefore = server.rssKib();
        System.out.printf(Locale.ROOT, "Server PID %d; RSS before load %d MiB; %d customers with 2FA%s%n", pid,
                rssBefore / 1024, accounts.size(), flood ? " (" + victimCount + " of them flood victims)" : "");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("started_at", Instant.now().toString());
        json.put("url", root.toString());
        json.put("customers", accounts.size());
        json.put("cores", Runtime.getRuntime().availableProcessors());
        if (o.text("startup-seconds", null) != null) {
            json.put("startup_seconds", o.decimal("startup-seconds", Double.NaN));
        }
        json.put("rss_before_kib", rssBefore);

        if (warmup > 0) {
            LevelResult w = runner.run("warm-up", WARMUP_CONCURRENCY, warmup, signIn);
            System.out.println(Report.line(w));
            json.put("warmup", w.toJson());
        }
        List<LevelResult> results = new ArrayList<>();
        for (int c : o.integers("levels", "1,4,8")) {
            LevelResult r = runner.run("logins", c, duration, signIn);
            System.out.println(Report.line(r));
            results.add(r);
        }
        FloodRun.Result floodResult = null;
        if (flood) {
            floodResult = new FloodRun(runner).run(new WrongPasswordWorkload(victims, root), FLOOD_CONCURRENCY,
                    signIn, o.integer("flood-customers", 1), o.decimal("flood-seconds", duration));
            System.out.println(Report.line(floodResult.flood()));
            System.out.println(Report.line(floodResult.customers()));
            results.add(floodResult.flood());
            results.add(floodResult.customers());
        }
        // Before the heap probe: its full collections give memory back and would flatter the figure.
        long rssAfter = server.rssKib();
        int heapSessions = o.integer("heap-sessions", 200);
        Map<String, Object> heap = heapSessions > 0 ? heapPerSession(o, pid, pool, root, heapSessions) : null;
        int heapVisitors = o.integer("heap-visitors", 0);
        Map<String, Object> visitors = heapVisitors > 0 ? heapPerVisitor(o, pid, root, heapVisitors) : null;
        int restoreCount = o.integer("restores", 0);
        Map<String, Object> restores = restoreCount > 0
                ? new SignInRestores(pool, root, server).measure(restoreCount) : null;

        System.out.println();
        Report.table(System.out, results);
        System.out.printf(Locale.ROOT, "%nServer RSS before: %d MiB, after: %d MiB%n", rssBefore / 1024,
                rssAfter / 1024);
        if (heap != null) {
            System.out.printf(Locale.ROOT, "Live heap: %s KiB before, %s KiB after %s more signed-in sessions:"
                            + " %s KiB per session%n", heap.get("live_heap_before_kib"), heap.get("live_heap_after_kib"),
                    heap.get("sessions"), heap.get("kib_per_session"));
        }
        if (visitors != null) {
            System.out.printf(Locale.ROOT, "Live heap: %s KiB before, %s KiB after %s login pages opened and left:"
                            + " %s KiB per visitor%n", visitors.get("live_heap_before_kib"),
                    visitors.get("live_heap_after_kib"), visitors.get("visitors"), visitors.get("kib_per_visitor"));
        }
        if (restores != null) {
            System.out.printf(Locale.ROOT, "Start page opened again by %s signed-in browsers: with their session %s;"
                    + " with only the sign-in cookie (restored) %s%n", restores.get("signed_in"),
                    restores.get("same_session"), restores.get("restored"));
        }
        if (floodResult != null) {
            System.out.printf(Locale.ROOT, "Flood goal (other customers' p95 < %.0f ms, no errors): %s (p95 %.0f ms)%n",
                    FloodRun.GOAL_P95_MS, floodResult.goalMet() ? "MET" : "NOT MET",
                    floodResult.customers().latencies().percentile(95));
        }
        if (results.stream().anyMatch(r -> r.starvedWaits() > 0)) {
            System.out.println("note: the driver ran out of accounts for a TOTP step (starved > 0):"
                    + " that level was limited by the account count; provision more (--users).");
        }
        json.put("levels", results.stream().map(LevelResult::toJson).toList());
        if (floodResult != null) {
            json.put("flood_goal_met", floodResult.goalMet());
        }
        if (heap != null) {
            json.put("heap", heap);
        }
        if (visitors != null) {
            json.put("visitors", visitors);
        }
        if (restores != null) {
            json.put("restores", restores);
        }
        json.put("rss_after_kib", rssAfter);
        String jsonFile = o.text("json", null);
        if (jsonFile != null) {
            Files.writeString(Path.of(jsonFile), Json.write(json) + "\n", StandardCharsets.UTF_8);
            System.out.println("Results: " + jsonFile);
        }
    }

    /** Live heap after a full GC, before and after {@code count} more customers signed in and stayed so. */
    private static Map<String, Object> heapPerSession(Options o, long pid, UserPool pool, URI root, int count)
            throws Exception {
        HeapProbe probe = new HeapProbe(pid, o.text("jcmd", HeapProbe.defaultJcmd()));
        Map<String, Object> heap = new LinkedHashMap<>();
        try {
            long before = probe.liveHeapKib();
            AtomicInteger done = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            SignInWorkload signIn = new SignInWorkload(pool, root);
            ExecutorService workers = Executors.newFixedThreadPool(WARMUP_CONCURRENCY);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int w = 0; w < WARMUP_CONCURRENCY; w++) {
                    running.add(workers.submit(() -> {
                        HttpClient http = UiConnection.newHttpClient();
                        while (done.get() + failed.get() < count) {
                            try {
                                if (signIn.attempt(http, Long.MAX_VALUE) != null) {
                                    done.incrementAndGet();
                                }
                            } catch (Exception e) {
                                failed.incrementAndGet();
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
            long after = probe.liveHeapKib();
            String dump = o.text("heap-dump", null);
            if (dump != null) {
                probe.dump(Path.of(dump));
                System.out.println("Heap dump with the " + done.get() + " sessions: " + dump);
            }
            heap.put("sessions", done.get());
            heap.put("failed", failed.get());
            heap.put("live_heap_before_kib", before);
            heap.put("live_heap_after_kib", after);
            heap.put("kib_per_session", done.get() == 0 ? null : Math.round((after - before) * 10.0 / done.get())
                    / 10.0);
        } catch (java.io.IOException e) {
            System.out.println("Live heap not measured: " + e.getMessage());
            heap.put("error", e.getMessage());
        }
        return heap;
    }

    /**
     * Live heap after a full GC, before and after {@code count} browsers opened the login page and left it there
     * (each its own session, as a visitor who never signs in).
     */
    private static Map<String, Object> heapPerVisitor(Options o, long pid, URI root, int count) throws Exception {
        HeapProbe probe = new HeapProbe(pid, o.text("jcmd", HeapProbe.defaultJcmd()));
        Map<String, Object> heap = new LinkedHashMap<>();
        try {
            long before = probe.liveHeapKib();
            HttpClient http = UiConnection.newHttpClient();
            int opened = 0;
            for (int v = 0; v < count; v++) {
                new UiConnection(http, root).open("login");
                opened++;
            }
            long after = probe.liveHeapKib();
            heap.put("visitors", opened);
            heap.put("live_heap_before_kib", before);
            heap.put("live_heap_after_kib", after);
            heap.put("kib_per_visitor", Math.round((after - before) * 10.0 / opened) / 10.0);
        } catch (java.io.IOException e) {
            System.out.println("Live heap per visitor not measured: " + e.getMessage());
            heap.put("error", e.getMessage());
        }
        return heap;
    }

    /**
     * The product's own TOTP code against RFC 6238's SHA-1 vector, and the accounts file's secrets readable,
     * before trusting them with every login.
     */
    private static void checkTotp(BenchAccount any) {
        String code = new TotpGenerator(TotpParameters.DEFAULT).codeAt(
                TotpSecret.of("12345678901234567890"
                        .getBytes(StandardCharsets.US_ASCII)), Instant.ofEpochSecond(59));
        if (!"287082".equals(code)) {
            throw new IllegalStateException("TOTP code for RFC 6238's vector is " + code + ", not 287082");
        }
        any.secret();
    }
}
