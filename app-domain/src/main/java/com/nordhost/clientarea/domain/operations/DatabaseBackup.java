package com.nordhost.clientarea.domain.operations;

import java.nio.file.Path;

/**
 * A consistent copy of the embedded database taken while it runs, with the key file that decrypts its secrets
 * (one is useless without the other). Implemented by the storage module; on PostgreSQL the database's own tools
 * back it up, so nothing is written.
 */
public interface DatabaseBackup {

    BackupOutcome backUpInto(Path folder);

    sealed interface BackupOutcome {

        /** @param database the database's copy; @param keyFile the key file's copy */
        record Written(Path database, Path keyFile, long databaseBytes) implements BackupOutcome {
        }

        /** Not the embedded database: back up PostgreSQL with its own tools, and the key file with it. */
        record NotEmbedded() implements BackupOutcome {
        }
    }
}
