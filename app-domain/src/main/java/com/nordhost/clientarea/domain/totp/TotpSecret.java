package com.nordhost.clientarea.domain.totp;

import java.security.SecureRandom;
import java.util.Arrays;

/** The shared key of a TOTP credential. Never printed: toString hides it. */
public final class TotpSecret {

    /** RFC 4226 section 4 recommends 160 bits, the length of an HMAC-SHA1 output. */
    public static final int DEFAULT_BYTES = 20;

    private final byte[] bytes;

    private TotpSecret(byte[] bytes) {
        if (bytes.length < 10) {
            throw new IllegalArgumentException("A TOTP secret needs at least 80 bits");
        }
        this.bytes = bytes.clone();
    }

    public static TotpSecret of(byte[] bytes) {
        return new TotpSecret(bytes);
    }

    public static TotpSecret random(SecureRandom random) {
        byte[] bytes = new byte[DEFAULT_BYTES];
        random.nextBytes(bytes);
        return new TotpSecret(bytes);
    }

    public static TotpSecret fromBase32(String text) {
        return new TotpSecret(Base32.decode(text));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** Base32 without padding, as the Key URI carries it. */
    public String base32() {
        return Base32.encode(bytes);
    }

    /** Base32 in groups of four, for people typing the key into an app by hand. */
    public String groupedForTyping() {
        String text = base32();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(text, i, Math.min(text.length(), i + 4));
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TotpSecret other && java.security.MessageDigest.isEqual(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "TotpSecret[hidden]";
    }
}
