package com.nordhost.clientarea.persistence.config;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source both WARs declare:
 * a {@code <data-source>} named {@code java:app/jdbc/clientarea} with this class in each WAR's web.xml.
 * Payara instantiates it through the public no-arg constructor and pools its connections.
 *
 * <p>Settings: {@link ClientAreaSettings#database()}.
 *
 * <p>Connections are opened by the JDBC driver for the URL, loaded through this class's loader (H2
 * is Payara's own, found parent-first; PostgreSQL is bundled in the WAR), so no driver has to be
 * registered with {@link DriverManager} by the server.
 */
public class ConfiguredDataSource implements DataSource {

    public static final String DEFAULT_USER = "sa";

    private String url;
    private String user;
    private String password;
    private volatile Driver driver;
    private PrintWriter logWriter;
    private int loginTimeoutSeconds;

    /** With the application's settings ({@link ClientAreaSettings}); what Payara calls. */
    public ConfiguredDataSource() {
        ClientAreaSettings.Database database = ClientAreaSettings.current().database();
        this.url = database.url();
        this.user = database.user();
        this.password = database.password();
    }

    /** With explicit settings, for tests and tools. */
    public ConfiguredDataSource(String url, String user, String password) {
        this.url = requireText(url, "url");
        this.user = user == null ? "" : user;
        this.password = password == null ? "" : password;
    }

    /** The embedded default: an H2 file database {@code clientarea} in the data folder. */
    public static String defaultUrl(String dataDir) {
        String dir = dataDir == null || dataDir.isBlank() ? ClientAreaSettings.DEFAULT_DATA_DIR : dataDir;
        // H2 refuses paths implicitly relative to the working directory, so make it absolute.
        Path folder = Path.of(dir).toAbsolutePath().normalize();
        // Attempts on one account queue on its row lock (the throttles): let them wait rather than fail fast.
        return "jdbc:h2:file:" + folder.toString().replace('\\', '/') + "/clientarea;LOCK_TIMEOUT=10000";
    }

    public String getUrl() {
        return url;
    }

    /** A URL given in the data source's definition (web.xml) wins over the configuration; blank values are ignored. */
    public void setUrl(String url) {
        if (url != null && !url.isBlank()) {
            this.url = url;
            this.driver = null;
        }
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        if (user != null && !user.isBlank()) {
            this.user = user;
        }
    }

    public void setPassword(String password) {
        if (password != null && !password.isEmpty()) {
            this.password = password;
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        Properties properties = new Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (pass != null) {
            properties.setProperty("password", pass);
        }
        Connection connection;
        try {
            connection = driver().connect(url, properties);
        } catch (SQLException e) {
            // An I/O error (a full disk) left the embedded database's file locked by an instance of the database
            // H2 no longer serves connections from: close it and open the file again (docs/decisions/0028).
            Path embedded = url.startsWith("jdbc:h2:") ? EmbeddedH2Files.databasePath(url) : null;
            if (embedded == null || !EmbeddedH2Files.lockedInThisJvm(e)
                    || EmbeddedH2Files.releaseLeftovers(embedded) == 0) {
                throw e;
            }
            connection = driver().connect(url, properties);
        }
        if (connection == null) {
            throw new SQLException("The JDBC driver refused the URL " + describeUrl());
        }
        return connection;
    }

    private Driver driver() throws SQLException {
        Driver found = driver;
        if (found == null) {
            found = findDriver().orElseThrow(() -> new SQLException("No JDBC driver for " + describeUrl()));
            driver = found;
        }
        return found;
    }

    /**
     * The driver for the URL: the two this product ships for by class name (loading only the one in
     * use), any other through {@link ServiceLoader}. Instantiating every driver on the class path would
     * register each with {@link DriverManager}, from whatever class loader happens to ask first.
     */
    private Optional<Driver> findDriver() throws SQLException {
        String knownClass = url.startsWith("jdbc:h2:") ? "org.h2.Driver"
                : url.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver" : null;
        for (ClassLoader loader : loaders()) {
            if (knownClass != null) {
                try {
                    Driver known = (Driver) Class.forName(knownClass, true, loader).getDeclaredConstructor()
                            .newInstance();
                    return Optional.of(known);
                } catch (ReflectiveOperationException | LinkageError notHere) {
                    continue;
                }
            }
            for (Driver candidate : ServiceLoader.load(Driver.class, loader)) {
                if (candidate.acceptsURL(url)) {
                    return Optional.of(candidate);
                }
            }
        }
        try {
            return Optional.of(DriverManager.getDriver(url));
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private static List<ClassLoader> loaders() {
        List<ClassLoader> loaders = new ArrayList<>();
        loaders.add(ConfiguredDataSource.class.getClassLoader());
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null && context != loaders.get(0)) {
            loaders.add(context);
        }
        return loaders;
    }

    /** The URL without anything after '?' or ';' that might carry credentials, for messages. */
    private String describeUrl() {
        int cut = url.length();
        for (char c : new char[] {'?', ';'}) {
            int at = url.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return url.substring(0, cut);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return Logger.getLogger(ConfiguredDataSource.class.getPackageName());
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public String toString() {
        return "ConfiguredDataSource[" + describeUrl() + "]";
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The database " + name + " is required.");
        }
        return value;
    }
}
