package com.nordhost.clientarea.domain.crypto;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The AES-256 keys that encrypt TOTP secrets at rest. The key file holds {@code current=<id>} and one
 * {@code <id>=<base64 key>} line per key: old keys stay so old ciphertexts still decrypt (rotation),
 * new ones are encrypted under the current key.
 */
public final class KeyRing {

    static final int KEY_BYTES = 32;
    private static final String CURRENT = "current";

    private final String currentKeyId;
    private final Map<String, byte[]> keys;

    private KeyRing(String currentKeyId, Map<String, byte[]> keys) {
        if (!keys.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("The current key " + currentKeyId + " is not in the key ring");
        }
        keys.values().forEach(k -> {
            if (k.length != KEY_BYTES) {
                throw new IllegalArgumentException("Keys must be 256 bits");
            }
        });
        this.currentKeyId = currentKeyId;
        this.keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }

    public static KeyRing of(String currentKeyId, Map<String, byte[]> keys) {
        return new KeyRing(currentKeyId, new LinkedHashMap<>(keys));
    }

    /** A ring with one fresh key, for tests and throwaway setups. */
    public static KeyRing generated(SecureRandom random) {
        return of("k1", Map.of("k1", newKey(random)));
    }

    /** Reads the key file; creates it with one fresh key and owner-only permissions (600) when missing. */
    public static KeyRing loadOrCreate(Path keyFile, SecureRandom random) {
        try {
            if (Files.notExists(keyFile)) {
                create(keyFile, random);
            }
            return load(keyFile);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the key file " + keyFile, e);
        }
    }

    public static KeyRing load(Path keyFile) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(keyFile, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String current = properties.getProperty(CURRENT);
        if (current == null || current.isBlank()) {
            throw new IllegalStateException("The key file " + keyFile + " names no current key");
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (!CURRENT.equals(name)) {
                keys.put(name, Base64.getDecoder().decode(properties.getProperty(name).strip()));
            }
        }
        return new KeyRing(current.strip(), keys);
    }

    /** Adds a fresh key to the file and makes it current; older keys stay for decryption. */
    public static KeyRing rotate(Path keyFile, SecureRandom random) throws IOException {
        KeyRing old = load(keyFile);
        int n = old.keys.size() + 1;
        String id = "k" + n;
        while (old.keys.containsKey(id)) {
            id = "k" + (++n);
        }
        Map<String, byte[]> keys = new LinkedHashMap<>(old.keys);
        keys.put(id, newKey(random));
        KeyRing rotated = new KeyRing(id, keys);
        Path temp = keyFile.resolveSibling(keyFile.getFileName() + ".new");
        Files.deleteIfExists(temp);
        write(temp, rotated);
        Files.move(temp, keyFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return rotated;
    }

    private static void create(Path keyFile, SecureRandom random) throws IOException {
        if (keyFile.getParent() != null) {
            Files.createDirectories(keyFile.getParent());
        }
        try {
            write(keyFile, generated(random));
        } catch (FileAlreadyExistsException raced) {
            // Another node or thread created it first: use theirs.
        }
    }

    /** Creates the file with 600 from the start, so the key is never readable by others, not even briefly. */
    private static void write(Path file, KeyRing ring) throws IOException {
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
            Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
        } else {
            Files.createFile(file);
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            writer.write("# AES-256 keys for TOTP secrets at rest. Keep old keys: they decrypt older secrets.\n");
            writer.write(CURRENT + "=" + ring.currentKeyId + "\n");
            for (Map.Entry<String, byte[]> key : ring.keys.entrySet()) {
                writer.write(key.getKey() + "=" + Base64.getEncoder().encodeToString(key.getValue()) + "\n");
            }
        }
    }

    private static byte[] newKey(SecureRandom random) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return key;
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    byte[] currentKey() {
        return keys.get(currentKeyId);
    }

    Optional<byte[]> key(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    public Set<String> keyIds() {
        return keys.keySet();
    }

    @Override
    public String toString() {
        return "KeyRing[current=" + currentKeyId + ", keys=" + keys.keySet() + "]";
    }
}
