package com.nordhost.clientarea.domain.totp;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.time.Instant;

/** Makes HOTP codes (RFC 4226) and TOTP codes (RFC 6238: HOTP over the time step). */
public final class TotpGenerator {

    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
            100_000_000};

    private final TotpParameters parameters;

    public TotpGenerator(TotpParameters parameters) {
        this.parameters = parameters;
    }

    public long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), parameters.periodSeconds());
    }

    public String codeAt(TotpSecret secret, Instant instant) {
        return codeForStep(secret, stepAt(instant));
    }

    public String codeForStep(TotpSecret secret, long step) {
        return hotp(secret.bytes(), step, parameters.algorithm(), parameters.digits());
    }

    /** RFC 4226 section 5.3: dynamic truncation of the HMAC of the 8-byte big-endian counter. */
    static String hotp(byte[] key, long counter, TotpAlgorithm algorithm, int digits) {
        byte[] message = new byte[8];
        for (int i = 7; i >= 0; i--) {
            message[i] = (byte) (counter & 0xFF);
            counter >>>= 8;
        }
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(algorithm.macName());
            mac.init(new SecretKeySpec(key, algorithm.macName()));
            hash = mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC not available: " + algorithm, e);
        }
        int offset = hash[hash.length - 1] & 0x0F;
        int binary = ((hash[offset] & 0x7F) << 24) | ((hash[offset + 1] & 0xFF) << 16)
                | ((hash[offset + 2] & 0xFF) << 8) | (hash[offset + 3] & 0xFF);
        String code = Integer.toString(binary % POWERS_OF_TEN[digits]);
        return "0".repeat(digits - code.length()) + code;
    }
}
