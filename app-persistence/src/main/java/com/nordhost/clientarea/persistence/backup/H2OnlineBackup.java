package com.nordhost.clientarea.persistence.backup;

import com.nordhost.clientarea.domain.operations.DatabaseBackup;
import com.nordhost.clientarea.persistence.config.ClientAreaSettings;
import com.nordhost.clientarea.persistence.jpa.DatabaseMigrator;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * H2's online backup ({@code BACKUP TO}: a zip of the database file as of one moment, taken while customers keep
 * signing in) and a copy of the key file beside it, both owner-only. bin/restore puts them back.
 */
@ApplicationScoped
public class H2OnlineBackup implements DatabaseBackup {

    static final String DATABASE_FILE = "clientarea.zip";
    static final String KEY_FILE = "secret-keys.properties";

    @Override
    public BackupOutcome backUpInto(Path folder) {
        ClientAreaSettings settings = ClientAreaSettings.current();
        if (!settings.database().embedded()) {
            return new BackupOutcome.NotEmbedded();
        }
        try {
            Files.createDirectories(folder);
            ownerOnly(folder, "rwx------");
            Path database = folder.resolve(DATABASE_FILE);
            Path keys = folder.resolve(KEY_FILE);
            try (Connection c = dataSource().getConnection();
                 PreparedStatement backup = c.prepareStatement("BACKUP TO ?")) {
                backup.setString(1, database.toString());
                backup.execute();
            }
            ownerOnly(database, "rw-------");
            Files.copy(settings.keyFile(), keys, StandardCopyOption.REPLACE_EXISTING);
            ownerOnly(keys, "rw-------");
            return new BackupOutcome.Written(database, keys, Files.size(database));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not be backed up: " + e.getMessage(), e);
        }
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // Not a POSIX file system: the folder's own access rules apply.
        }
    }

    /** Looked up, not injected: Payara does not resolve @Resource fields of beans in WEB-INF/lib (DatabaseMigrator). */
    private static DataSource dataSource() {
        try {
            return (DataSource) new InitialContext().lookup(DatabaseMigrator.DATA_SOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("No data source", e);
        }
    }
}
