package com.nordhost.clientarea.domain.securitykey;

/**
 * What a security key may do (decision 0045): sign in on its own, as a passkey, or only at the code step after the
 * password, as every key did before. The customer chooses when adding the key; the authenticator decides too: a key
 * that did not verify its user (PIN, fingerprint, face: WebAuthn's UV flag) at registration never signs in alone,
 * whatever was chosen, since possession alone is one factor.
 */
public enum KeyUse {
    /** A passkey: a discoverable credential that verified its user; signs in with no password and no code. */
    SIGNS_IN_ALONE,
    /** A security key: a second factor after the password only. */
    AFTER_PASSWORD;

    /**
     * The use a newly registered key gets: alone only when the customer asked for it and the authenticator reported
     * user verification in its registration answer.
     */
    public static KeyUse granted(KeyUse asked, boolean userVerifiedAtRegistration) {
        return asked == SIGNS_IN_ALONE && userVerifiedAtRegistration ? SIGNS_IN_ALONE : AFTER_PASSWORD;
    }

    /** Whether a key of this use signs in alone with an answer that did ({@code true}) or did not verify its user. */
    public boolean signsInAloneWith(boolean userVerifiedNow) {
        return this == SIGNS_IN_ALONE && userVerifiedNow;
    }
}
