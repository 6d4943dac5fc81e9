package com.nordhost.clientarea.domain.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over short texts with keys derived from the {@link KeyRing}, one derived key per purpose and ring
 * key ({@code HMAC(ring key, "nordhost clientarea <purpose>")}), so a signature for one purpose is worthless for
 * another and no separate secret needs to be kept. Signs with the current key, verifies with every key of the
 * ring: after a rotation old signatures stay valid as long as their key stays in the file.
 */
public final class MessageSigner {

    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] currentKey;
    private final List<byte[]> allKeys = new ArrayList<>();

    public MessageSigner(KeyRing ring, String purpose) {
        Objects.requireNonNull(ring, "The key ring is required.");
        Objects.requireNonNull(purpose, "A purpose is required.");
        byte[] label = ("nordhost clientarea " + purpose).getBytes(StandardCharsets.UTF_8);
        currentKey = mac(ring.currentKey(), label);
        allKeys.add(currentKey);
        for (String id : ring.keyIds()) {
            if (!id.equals(ring.currentKeyId())) {
                allKeys.add(mac(ring.key(id).orElseThrow(), label));
            }
        }
    }

    /** The signature of {@code message}: 43 characters of unpadded base64url. */
    public String sign(String message) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(currentKey, bytes(message)));
    }

    /** Whether {@code signature} is one of ours for {@code message}, under any key of the ring (constant time). */
    public boolean isGenuine(String message, String signature) {
        if (message == null || signature == null) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(signature);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        boolean match = false;
        for (byte[] key : allKeys) {
            match |= MessageDigest.isEqual(mac(key, bytes(message)), given);
        }
        return match;
    }

    private static byte[] bytes(String message) {
        return Objects.requireNonNull(message, "A message is required.").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] mac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
