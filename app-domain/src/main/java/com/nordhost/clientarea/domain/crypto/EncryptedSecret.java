package com.nordhost.clientarea.domain.crypto;

import java.util.Arrays;
import java.util.Objects;

/**
 * A TOTP secret as stored: the id of the key that encrypted it (so keys can be rotated) and
 * {@code nonce (12 bytes) || AES-GCM ciphertext with tag}.
 */
public record EncryptedSecret(String keyId, byte[] ciphertext) {

    public EncryptedSecret {
        Objects.requireNonNull(keyId, "Key id is required.");
        Objects.requireNonNull(ciphertext, "Ciphertext is required.");
        ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EncryptedSecret other && keyId.equals(other.keyId)
                && Arrays.equals(ciphertext, other.ciphertext);
    }

    @Override
    public int hashCode() {
        return 31 * keyId.hashCode() + Arrays.hashCode(ciphertext);
    }

    @Override
    public String toString() {
        return "EncryptedSecret[keyId=" + keyId + ", " + ciphertext.length + " bytes]";
    }
}
