package com.nordhost.clientarea.domain.notification;

import java.util.List;

/**
 * The mails an account holder gets about their account's security (NIST SP 800-63B: notify on every
 * authenticator change), each one template in {@code SecurityNotices.properties} (English) and
 * {@code SecurityNotices_sv.properties}: {@code <key>.subject}, {@code <key>.text} and optionally
 * {@code <key>.notYou}. {@link #arguments()} names the placeholders the use case must fill in.
 */
public enum SecurityNotice {
    TWO_FACTOR_ENABLED("twoFactorEnabled"),
    TWO_FACTOR_DISABLED("twoFactorDisabled"),
    /** By support, at the customer's request; names the ticket, never the agent. */
    TWO_FACTOR_REMOVED_BY_SUPPORT("twoFactorRemovedBySupport", "ticket"),
    BACKUP_CODE_USED("backupCodeUsed"),
    BACKUP_CODE_RENEWED("backupCodeRenewed"),
    /** Another authenticator app was added; {@code app} is its name (empty: the wizard's unnamed app). */
    AUTHENTICATOR_APP_ADDED("authenticatorAppAdded", "app"),
    AUTHENTICATOR_APP_REMOVED("authenticatorAppRemoved", "app"),
    SECOND_FACTOR_LOCKED("secondFactorLocked"),
    /** By support; names the ticket, never the agent. */
    SECOND_FACTOR_UNLOCKED("secondFactorUnlocked", "ticket"),
    /** An administrator reset a back-office agent's second factor (the agent enrols again at the next login). */
    TWO_FACTOR_RESET_BY_ADMIN("twoFactorResetByAdmin"),
    PASSWORD_CHANGED("passwordChanged"),
    /** Sent twice: to the old and to the new address. */
    EMAIL_CHANGED("emailChanged", "oldEmail", "newEmail"),
    /** The link to choose a new password (asked for on the login page). */
    PASSWORD_RESET_LINK("passwordResetLink", "link", "minutes"),
    PASSWORD_RESET("passwordReset"),
    /** A new customer's invitation: the link to choose the first password, valid {@code days} days (decision 0029). */
    INVITATION("invitation", "link", "days"),
    /** A "lost both" recovery request: the confirmation link (decision 0018). */
    RECOVERY_REQUESTED("recoveryRequested", "link", "hours"),
    /** Support approved the recovery request: the removal waits {@code hours}; the link cancels it. */
    RECOVERY_APPROVED("recoveryApproved", "ticket", "hours", "link"),
    /** Support rejected the recovery request, with the reason. */
    RECOVERY_REJECTED("recoveryRejected", "reason"),
    /** The approved removal was cancelled with the link. */
    RECOVERY_CANCELLED("recoveryCancelled"),
    /** A browser will not be asked for a code for {@code days} days (decision 0020). */
    BROWSER_REMEMBERED("browserRemembered", "days"),
    /** A security key or passkey was added, with the name the customer gave it (decision 0024). */
    SECURITY_KEY_ADDED("securityKeyAdded", "keyName"),
    /** A security key was removed with the password. */
    SECURITY_KEY_REMOVED("securityKeyRemoved", "keyName"),
    /** A key's signature counter went backwards: someone may hold a copy of it; the login was refused. */
    SECURITY_KEY_CLONE_SUSPECTED("securityKeyCloneSuspected", "keyName"),
    /** A passkey signed in alone on a browser that never signed in to the account before (decision 0045). */
    PASSKEY_SIGN_IN_NEW_BROWSER("passkeySignInNewBrowser", "keyName"),
    /** A passkey's signature counter went backwards at a sign-in with no password: someone may hold a copy. */
    PASSKEY_CLONE_SUSPECTED("passkeyCloneSuspected", "keyName"),
    /** Support deactivated the customer's account (decision 0030); names the ticket, never the agent. */
    CUSTOMER_DEACTIVATED("customerDeactivated", "ticket"),
    /** Support reactivated the customer's account, its second factor as it was; names the ticket. */
    CUSTOMER_REACTIVATED("customerReactivated", "ticket"),
    /** The owner pressed "This wasn't me": sessions ended, browsers forgotten, a reset link mailed (decision 0042). */
    ACCOUNT_SECURED("accountSecured"),
    /** Support closed the flag "This wasn't me" raised, after looking at the account; never names the agent. */
    OWNER_FLAG_CLOSED("ownerFlagClosed"),
    /** Support signed the customer out everywhere (decision 0037); never names the agent. */
    SIGNED_OUT_BY_SUPPORT("signedOutBySupport"),
    /** Support forgot every remembered browser of the customer (issue 22); never names the agent. */
    BROWSERS_FORGOTTEN_BY_SUPPORT("browsersForgottenBySupport"),
    /**
     * Support requires two-factor authentication for the customer (decision 0046); names the ticket and the date
     * ({@code due}, ISO, the customers' time zone) from which a login without it leads to the wizard.
     */
    TWO_FACTOR_REQUIRED_BY_SUPPORT("twoFactorRequiredBySupport", "ticket", "due"),
    /** Support lifted its requirement of two-factor authentication; names the ticket. */
    TWO_FACTOR_REQUIREMENT_LIFTED("twoFactorRequirementLifted", "ticket");

    private final String key;
    private final List<String> arguments;

    SecurityNotice(String key, String... arguments) {
        this.key = key;
        this.arguments = List.of(arguments);
    }

    /** The prefix of its keys in the bundle. */
    public String key() {
        return key;
    }

    public List<String> arguments() {
        return arguments;
    }

    /** Done by support: the mail says so (with the ticket) instead of naming the agent's IP address. */
    public boolean bySupport() {
        return arguments.contains("ticket") || this == RECOVERY_REJECTED || this == OWNER_FLAG_CLOSED
                || this == SIGNED_OUT_BY_SUPPORT || this == BROWSERS_FORGOTTEN_BY_SUPPORT;
    }

    /**
     * A mail that carries a link the account holder asked for or is invited with: it says neither when nor from
     * where (an invitation's origin is the agent's).
     */
    public boolean linkOnly() {
        return this == PASSWORD_RESET_LINK || this == INVITATION;
    }

    /**
     * Whether the mail carries a "This wasn't me" link (decision 0042): every notice of a customer's account except
     * those that carry the link the customer asked for or is invited with, and the notice of the securing itself.
     */
    public boolean offersProtectLink() {
        return !linkOnly() && this != ACCOUNT_SECURED && !byAdmin();
    }

    /** Done by an administrator: the mail says so instead of naming the administrator's IP address. */
    public boolean byAdmin() {
        return this == TWO_FACTOR_RESET_BY_ADMIN;
    }
}
