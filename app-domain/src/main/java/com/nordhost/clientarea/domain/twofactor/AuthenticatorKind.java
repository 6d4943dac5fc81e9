package com.nordhost.clientarea.domain.twofactor;

/**
 * The kinds of authenticator an account's second factor is made of. Each kind has one {@link AuthenticatorStore};
 * a new kind is a new constant, a new store and a settings section, nothing else.
 */
public enum AuthenticatorKind {
    AUTHENTICATOR_APP("apps"),
    BACKUP_CODE("backupCode"),
    SECURITY_KEY("securityKeys"),
    REMEMBERED_BROWSER("rememberedBrowsers");

    private final String auditKey;

    AuthenticatorKind(String auditKey) {
        this.auditKey = auditKey;
    }

    /** The key under which the audit trail counts what went of this kind. */
    public String auditKey() {
        return auditKey;
    }
}
