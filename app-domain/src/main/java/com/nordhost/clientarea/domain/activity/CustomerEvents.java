package com.nordhost.clientarea.domain.activity;

import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which events of their own account a customer sees in Recent security activity, and which of them are sign-ins.
 * Hidden: what is about agents' own accounts, support's attempts that changed nothing (a removal or a shortened wait
 * refused: internal controls, whose details are agents' words), and the start of the 2FA wizard (nothing changed
 * yet). Wrong passwords are not listed one by one but summed up ({@link #isWrongPassword}). Everything else is shown:
 * a new event type is visible until it is added here.
 */
public final class CustomerEvents {

    static final Set<AuditEventType> HIDDEN = EnumSet.of(
            AuditEventType.AGENT_CREATED,
            AuditEventType.AGENT_DEACTIVATED,
            AuditEventType.AGENT_REACTIVATED,
            AuditEventType.AGENT_TWO_FACTOR_RESET,
            AuditEventType.SUPPORT_REMOVAL_REFUSED,
            AuditEventType.RECOVERY_WAIT_SHORTEN_REFUSED,
            AuditEventType.ENROLLMENT_STARTED);

    /** A completed sign-in: the password without 2FA, the second step of any kind, a remembered browser, a passkey. */
    static final Set<AuditEventType> SIGN_INS = EnumSet.of(
            AuditEventType.LOGIN_SUCCEEDED,
            AuditEventType.SECOND_FACTOR_PASSED,
            AuditEventType.BACKUP_CODE_USED,
            AuditEventType.SECURITY_KEY_USED,
            AuditEventType.SIGNED_IN_WITH_REMEMBERED_BROWSER,
            AuditEventType.SIGNED_IN_WITH_PASSKEY);

    /** The reason {@code PasswordLogin} records for a wrong password (other refusals are listed one by one). */
    static final String WRONG_PASSWORD = "wrong password";

    private CustomerEvents() {
    }

    public static boolean shown(AuditEventType type) {
        return !HIDDEN.contains(type);
    }

    public static boolean isSignIn(AuditEventType type) {
        return SIGN_INS.contains(type);
    }

    /** A login refused for a wrong password: summed up, never listed alone. */
    public static boolean isWrongPassword(AuditEvent event) {
        return event.type() == AuditEventType.LOGIN_FAILED && WRONG_PASSWORD.equals(event.details().get("reason"));
    }
}
