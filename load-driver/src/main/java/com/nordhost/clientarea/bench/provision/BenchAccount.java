package com.nordhost.clientarea.bench.provision;

import com.nordhost.clientarea.domain.totp.TotpSecret;

/** A provisioned customer: how to sign in, and the authenticator app's secret (Base32, as the QR code holds it). */
public record BenchAccount(String email, String password, String secretBase32) {

    public TotpSecret secret() {
        return TotpSecret.fromBase32(secretBase32);
    }

    /** The password of customer {@code i}: non-ASCII letters and the characters HTML and URLs treat specially. */
    public static String passwordFor(int i) {
        return "Pässwörd-§£€;<>&@" + i;
    }

    public static String emailFor(int i) {
        return "bench" + i + "@example.com";
    }
}
