package com.nordhost.clientarea.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Two or more nodes behind HAProxy, run as an operator runs them: through {@code bin/cluster} (up, kill-node,
 * restart-node, down), so the tests prove the script too. Each call waits for the script and fails on a non-zero
 * exit, with the script's output in the message.
 */
final class Cluster implements AutoCloseable {

    private final Path root;
    private final Path dir;
    private final Map<String, String> environment;
    private final int basePort;
    final int nodes;
    final URI customerUrl;
    final URI backOfficeUrl;

    private Cluster(Path root, Path dir, Map<String, String> environment, int basePort, int nodes, URI customerUrl,
                    URI backOfficeUrl) {
        this.root = root;
        this.dir = dir;
        this.environment = environment;
        this.basePort = basePort;
        this.nodes = nodes;
        this.customerUrl = customerUrl;
        this.backOfficeUrl = backOfficeUrl;
    }

    /** {@code bin/cluster up --no-build --nodes N} with the given settings, on free loopback ports. */
    static Cluster up(int nodes, Map<String, String> settings) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("clientarea.root", "..")).toAbsolutePath().normalize();
        Path dir = Files.createTempDirectory(Files.createDirectories(root.resolve("e2e-tests/target")), "cluster");
        int basePort = freeRange(2 * nodes + 3);
        Map<String, String> environment = new HashMap<>();
        environment.put("CLIENTAREA_VISITOR_SESSIONS_PER_MINUTE", "1000000"); // every browser is this machine
        environment.putAll(settings);
        environment.put("CLIENTAREA_CLUSTER_DIR", dir.toString());
        environment.put("CLIENTAREA_NODE_BASE_PORT", Integer.toString(basePort));
        int customerPort = RunningProduct.freePort();
        int backOfficePort = RunningProduct.freePort();
        environment.put("CLIENTAREA_HTTP_PORT", Integer.toString(customerPort));
        environment.put("CLIENTAREA_ADMIN_PORT", Integer.toString(backOfficePort));
        Cluster cluster = new Cluster(root, dir, environment, basePort, nodes,
                URI.create("http://localhost:" + customerPort + "/"), URI.create("http://127.0.0.1:" + backOfficePort + "/"));
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
        cluster.run("up", "--no-build", "--nodes", Integer.toString(nodes));
        return cluster;
    }

    /** Node {@code i}'s own customer listener, bypassing the balancer. */
    URI nodeCustomerUrl(int i) {
        return URI.create("http://127.0.0.1:" + (basePort + 2 * i) + "/");
    }

    /** Node {@code i}'s own back-office listener, bypassing the balancer. */
    URI nodeBackOfficeUrl(int i) {
        return URI.create("http://127.0.0.1:" + (basePort + 2 * i + 1) + "/");
    }

    /** Node {@code i}'s data folder (where {@code bin/import-customers} finds the node's operator token). */
    Path nodeDataDir(int i) {
        return dir.resolve("node" + i + "/data");
    }

    String nodeLog(int i) {
        try {
            return Files.readString(dir.resolve("node" + i + "/server.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code bin/cluster <arguments>} and returns its output; fails the test when it exits non-zero. */
    String run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("bin/cluster").toString()));
        command.addAll(List.of(arguments));
        // Beside the cluster's folder, not in it: "up" starts that folder afresh.
        Path output = Files.createTempFile(dir.getParent(), "bin-cluster", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(8, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("bin/cluster " + String.join(" ", arguments) + " did not finish");
        }
        String text = Files.readString(output);
        System.out.printf("[cluster] bin/cluster %s%n%s%n", String.join(" ", arguments), text.strip());
        if (process.exitValue() != 0) {
            throw new IllegalStateException("bin/cluster " + String.join(" ", arguments) + " failed:\n" + text);
        }
        return text;
    }

    @Override
    public void close() {
        try {
            run("down");
        } catch (IOException | RuntimeException e) {
            System.out.println("[cluster] stopping failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The first of {@code size} consecutive free ports (bin/cluster puts HAProxy's API on the one before). */
    private static int freeRange(int size) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int first = ThreadLocalRandom.current().nextInt(30_000, 60_000);
            if (allFree(first - 1, size + 1)) {
                return first;
            }
        }
        throw new IllegalStateException("No " + size + " consecutive free ports");
    }

    private static boolean allFree(int first, int size) {
        for (int port = first; port < first + size; port++) {
            try (ServerSocket ignored = new ServerSocket(port)) {
                // free
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }
}
