package com.nordhost.clientarea.domain.totp;

/** The HMAC behind a TOTP code; the name is what the Key URI's {@code algorithm} parameter carries. */
public enum TotpAlgorithm {
    SHA1("HmacSHA1"),
    SHA256("HmacSHA256"),
    SHA512("HmacSHA512");

    private final String macName;

    TotpAlgorithm(String macName) {
        this.macName = macName;
    }

    public String macName() {
        return macName;
    }
}
