package com.nordhost.clientarea.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database of its own for one test, created on the PostgreSQL server that {@code CLIENTAREA_TEST_PG_URL} (and
 * _USER, _PASSWORD) name, as {@code .ci/run} sets them, and dropped when closed.
 */
final class ThrowawayDatabase implements AutoCloseable {

    private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]*)(.*)");

    /** The server's own database, for statements about this one (create, drop, refuse connections). */
    final String serverUrl;
    final String url;
    final String user;
    final String password;
    final String name;

    private ThrowawayDatabase(String serverUrl, String url, String user, String password, String name) {
        this.serverUrl = serverUrl;
        this.url = url;
        this.user = user;
        this.password = password;
        this.name = name;
    }

    /** A new, empty database named {@code prefix} plus a random suffix; empty when no PostgreSQL is configured. */
    static Optional<ThrowawayDatabase> createIfConfigured(String prefix) throws SQLException {
        String serverUrl = System.getenv("CLIENTAREA_TEST_PG_URL");
        if (serverUrl == null || serverUrl.isBlank()) {
            return Optional.empty();
        }
        Matcher m = JDBC_URL.matcher(serverUrl);
        if (!m.matches()) {
            throw new IllegalStateException("Not a PostgreSQL JDBC URL: " + serverUrl);
        }
        String name = prefix + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        ThrowawayDatabase db = new ThrowawayDatabase(serverUrl, m.group(1) + name + m.group(3),
                System.getenv().getOrDefault("CLIENTAREA_TEST_PG_USER", "postgres"),
                System.getenv().getOrDefault("CLIENTAREA_TEST_PG_PASSWORD", ""), name);
        db.executeOnServer("CREATE DATABASE " + name);
        return Optional.of(db);
    }

    void execute(String sql) throws SQLException {
        execute(url, sql);
    }

    void executeOnServer(String sql) throws SQLException {
        execute(serverUrl, sql);
    }

    long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public void close() throws SQLException {
        executeOnServer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void execute(String jdbcUrl, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
