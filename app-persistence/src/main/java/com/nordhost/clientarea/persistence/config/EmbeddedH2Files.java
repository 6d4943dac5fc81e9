package com.nordhost.clientarea.persistence.config;

import java.lang.reflect.Field;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.engine.Database;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.Store;

/**
 * Lets the embedded H2 open its file again after an I/O error (a full disk) closed the database
 * (docs/decisions/0028).
 *
 * <p>After a failed write, H2 2.2.224 can end up with a database instance that still has the file open and
 * locked but is no longer in H2's registry of open databases: a dead instance whose close failed half-way,
 * or a live one opened after the failure whose registration the dead one's late close removed (H2 removes
 * the registration by name). Every new connection then opens yet another instance, whose
 * {@code FileChannel.tryLock} throws {@link OverlappingFileLockException}: error 90020, "Database may be
 * already in use", until a restart. The instance can be anywhere in the JVM (both WARs share Payara's H2).
 *
 * <p>So when opening a connection fails because <em>this</em> JVM holds the file's lock, there is, by how H2
 * works, no registered database for the file (H2 would have given a session on it), and every instance that
 * still has the file open is such a leftover: this closes them (a live one cleanly, so its last commits are
 * written; a failed one at once) and the caller opens the file again. A lock held by another process is
 * reported by H2 without {@link OverlappingFileLockException} and is left alone, so H2's protection against
 * two servers on one file stays as it is.
 *
 * <p>Uses H2 internals: the public engine classes, and H2's own list of the JVM's open file databases (the
 * one its shutdown hook closes, {@code OnExitDatabaseCloser}). Loaded only for embedded {@code jdbc:h2:}
 * URLs, by the class loader that found the driver. Should they not fit (another H2 version), it logs once
 * and recovers nothing.
 */
final class EmbeddedH2Files {

    private static final Logger LOG = Logger.getLogger(EmbeddedH2Files.class.getName());

    /** H2's DATABASE_ALREADY_IN_USE. */
    static final int DATABASE_ALREADY_IN_USE = 90020;

    private static volatile boolean unusable;

    private EmbeddedH2Files() {
    }

    /** Whether opening failed because a file lock held inside this JVM (not another process) is in the way. */
    static boolean lockedInThisJvm(SQLException e) {
        if (e.getErrorCode() != DATABASE_ALREADY_IN_USE) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OverlappingFileLockException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Closes every database instance in this JVM that still has the file of {@code databasePath} (the
     * database's path without {@code .mv.db}) open; returns how many. Call only when {@link #lockedInThisJvm}
     * said so.
     */
    static int releaseLeftovers(Path databasePath) {
        if (unusable) {
            return 0;
        }
        int released = 0;
        try {
            for (Database database : openDatabases()) {
                Store store = database.getStore();
                MVStore mvStore = store == null ? null : store.getMvStore();
                if (mvStore == null || mvStore.isClosed() || !sameFile(database, databasePath)
                        || served(database)) {
                    // An instance H2 hands out sessions of (the other app's, or one still opening) is no leftover:
                    // closing it would only make the two apps close each other's database in turn.
                    continue;
                }
                boolean failed = mvStore.getPanicException() != null;
                LOG.log(Level.WARNING, "The embedded database {0} is locked by a database instance H2 no longer"
                        + " serves connections from (closing: {1}, failed write: {2}); closing that instance so"
                        + " that the database opens again", new Object[] {database.getShortName(),
                                database.isClosing(), failed ? mvStore.getPanicException().getMessage() : "no"});
                FileStore<?> files = mvStore.getFileStore();
                if (!failed) {
                    try {
                        // Live (opened after the failure): write what it has, as a normal close would.
                        store.close(0);
                    } catch (RuntimeException e) {
                        LOG.log(Level.FINE, "Closing the store cleanly failed", e);
                    }
                }
                try {
                    mvStore.closeImmediately();
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "Closing the store failed", e);
                }
                if (files != null) {
                    try {
                        // Releases the lock and closes the channel if closing the store did not (idempotent).
                        files.close();
                    } catch (RuntimeException e) {
                        LOG.log(Level.FINE, "Closing the file failed", e);
                    }
                }
                released++;
            }
        } catch (LinkageError | ReflectiveOperationException | RuntimeException e) {
            giveUp(e);
        }
        if (released == 0) {
            LOG.log(Level.WARNING, "The embedded database {0} is locked inside this server, but no database instance"
                    + " has it open", databasePath);
        }
        return released;
    }

    private static boolean sameFile(Database database, Path databasePath) {
        String name = database.getName();
        return name != null && Path.of(name).toAbsolutePath().normalize().equals(databasePath);
    }

    /** Whether H2 still hands out sessions of {@code database}: it is the one its registry holds for its name. */
    private static boolean served(Database database) throws ReflectiveOperationException {
        Class<?> engine = Class.forName("org.h2.engine.Engine", true, Database.class.getClassLoader());
        Field registry = engine.getDeclaredField("DATABASES");
        registry.setAccessible(true);
        Map<?, ?> holders = (Map<?, ?>) registry.get(null);
        List<Object> held;
        synchronized (holders) {
            held = new ArrayList<>(holders.values());
        }
        for (Object holder : held) {
            Field field = holder.getClass().getDeclaredField("database");
            field.setAccessible(true);
            if (field.get(holder) == database) {
                return true;
            }
        }
        return false;
    }

    /** H2's list of the JVM's open file databases, which its shutdown hook closes. */
    private static List<Database> openDatabases() throws ReflectiveOperationException {
        Class<?> closer = Class.forName("org.h2.engine.OnExitDatabaseCloser", true, Database.class.getClassLoader());
        Field field = closer.getDeclaredField("DATABASES");
        field.setAccessible(true);
        synchronized (closer) {
            List<Database> databases = new ArrayList<>();
            for (Object key : ((Map<?, ?>) field.get(null)).keySet()) {
                databases.add((Database) key);
            }
            return databases;
        }
    }

    /** The database path in an embedded H2 URL ({@code jdbc:h2:[file:]path[;settings]}), or null. */
    static Path databasePath(String url) {
        String rest = url.substring("jdbc:h2:".length());
        int settings = rest.indexOf(';');
        if (settings >= 0) {
            rest = rest.substring(0, settings);
        }
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        } else if (rest.matches("^[a-zA-Z]{2,}:.*")) {
            return null; // mem:, tcp:, ssl:, zip:, nio: ...
        }
        try {
            return Path.of(rest).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void giveUp(Throwable e) {
        if (!unusable) {
            unusable = true;
            LOG.log(Level.WARNING, "Cannot look into this H2's open databases; after an I/O error the embedded"
                    + " database may need a restart to open again", e);
        }
    }
}
