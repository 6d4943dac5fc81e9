package com.nordhost.clientarea.domain.totp;

import java.nio.charset.StandardCharsets;

/**
 * The Google Authenticator Key URI that the QR code carries:
 * {@code otpauth://totp/ISSUER:ACCOUNT?secret=...&issuer=ISSUER&algorithm=SHA1&digits=6&period=30}.
 */
public final class KeyUri {

    private KeyUri() {
    }

    public static String of(String issuer, String accountName, TotpSecret secret, TotpParameters parameters) {
        // The issuer appears both in the label and as a parameter: older apps read one, newer the other.
        return "otpauth://totp/" + encode(issuer) + ":" + encode(accountName)
                + "?secret=" + secret.base32()
                + "&issuer=" + encode(issuer)
                + "&algorithm=" + parameters.algorithm().name()
                + "&digits=" + parameters.digits()
                + "&period=" + parameters.periodSeconds();
    }

    /**
     * RFC 3986 percent-encoding of everything but unreserved characters. Not URLEncoder: it writes
     * spaces as '+', which apps show literally, and it would leave '+' in an e-mail ambiguous.
     */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
