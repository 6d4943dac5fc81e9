package com.nordhost.clientarea.persistence.keys;

import java.nio.file.Path;
import java.util.Set;

/** This node's key file cannot read what the database holds: the start stops here, with what to do. */
public class KeyRingMismatchException extends IllegalStateException {

    public KeyRingMismatchException(Path keyFile, String storedKeyId, Set<String> ringKeyIds) {
        super("The key file " + keyFile + " (keys " + ringKeyIds + ") cannot decrypt the key-ring check in the"
                + " database (written with key " + storedKeyId + "): this node's key file is not the one the"
                + " database's TOTP secrets were encrypted with, so every 2FA login would fail. Copy the key file"
                + " of a node that works (clientarea.key.file) to this node, or point clientarea.key.file at it,"
                + " and start again. Refusing to start.");
    }
}
