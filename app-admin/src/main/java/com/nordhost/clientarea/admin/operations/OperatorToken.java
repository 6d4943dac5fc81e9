package com.nordhost.clientarea.admin.operations;

import com.nordhost.clientarea.domain.crypto.RandomTokens;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How the operator's commands on the server's machine (bin/backup, bin/import-customers) prove they run as the
 * server's user: the back-office writes a fresh random token into {@value #FILE} in the data folder (owner-only,
 * like the database and the key file) at each start, keeps only its SHA-256, and the commands send it as a bearer
 * token. One token per start for every such command.
 */
public final class OperatorToken {

    public static final String FILE = "operator.token";
    private static final Logger LOG = Logger.getLogger(OperatorToken.class.getName());
    private static volatile OperatorToken issued;

    private final byte[] hash;

    private OperatorToken(byte[] hash) {
        this.hash = hash;
    }

    /** This start's token, written on first use; null when the data folder cannot take it. */
    public static synchronized OperatorToken ofThisStart() {
        if (issued == null) {
            issued = issue(dataDir());
        }
        return issued;
    }

    /** The data folder as the persistence settings read it (clientarea.data.dir, default ./data). */
    public static Path dataDir() {
        return Path.of(ConfigProvider.getConfig().getOptionalValue("clientarea.data.dir", String.class)
                .orElse("./data")).toAbsolutePath().normalize();
    }

    private static OperatorToken issue(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        String token = RandomTokens.generate(new SecureRandom());
        try {
            Path temporary = Files.createTempFile(dataDir, FILE, ".tmp");
            try {
                try {
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // The data folder is owner-only itself (bin/run).
                }
                Files.writeString(temporary, token + "\n", StandardCharsets.US_ASCII);
                try {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The operator's commands will be refused: cannot write " + file + ": " + e);
            return new OperatorToken(null);
        }
        return new OperatorToken(sha256(token));
    }

    /** True when the request carries this start's token. */
    public boolean presentedIn(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (hash == null || header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(hash, sha256(header.substring("Bearer ".length()).strip()));
    }

    private static byte[] sha256(String token) {
        return RandomTokens.sha256Hex(token).getBytes(StandardCharsets.US_ASCII);
    }
}
