package com.nordhost.clientarea.domain.audit;

/** Security events. Stored by name (VARCHAR 64): never rename a constant, add new ones instead. */
public enum AuditEventType {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    ENROLLMENT_STARTED,
    ENROLLMENT_CONFIRMED,
    SECOND_FACTOR_PASSED,
    SECOND_FACTOR_FAILED,
    BACKUP_CODE_USED,
    BACKUP_CODE_FAILED,
    SECOND_FACTOR_LOCKED,
    TWO_FACTOR_DISABLED_BY_CUSTOMER,
    TWO_FACTOR_DISABLE_REFUSED,
    TWO_FACTOR_REMOVED_BY_SUPPORT,
    SUPPORT_REMOVAL_REFUSED,
    SECOND_FACTOR_UNLOCKED,
    BACKUP_CODE_REPLACED,
    /** Another authenticator app was added (details: app id, name); the wizard's first one is ENROLLMENT_CONFIRMED. */
    AUTHENTICATOR_APP_ADDED,
    /** The customer removed one authenticator app with the password (details: app id, name). */
    AUTHENTICATOR_APP_REMOVED,
    /** Removing an app refused: wrong or throttled password, or the last app (details: reason). */
    AUTHENTICATOR_APP_REMOVE_REFUSED,
    /** The password asked before adding an app was wrong or throttled. */
    AUTHENTICATOR_APP_ADD_REFUSED,
    PASSWORD_CHANGED,
    PASSWORD_CHANGE_FAILED,
    /** Back-office: an admin created, deactivated an agent or reset an agent's second factor. */
    AGENT_CREATED,
    AGENT_DEACTIVATED,
    AGENT_TWO_FACTOR_RESET,
    /** Back-office: an admin let a deactivated agent log in again. */
    AGENT_REACTIVATED,
    /** The customer changed name, phone or address (details: the names of the changed fields, no values). */
    CUSTOMER_DETAILS_CHANGED,
    /** The customer changed the registered e-mail address, the login name (details: old and new address). */
    EMAIL_CHANGED,
    /** An e-mail change refused: wrong or throttled password (details: reason). */
    EMAIL_CHANGE_REFUSED,
    /** A new backup code refused: wrong or throttled password (details: reason). */
    BACKUP_CODE_RENEWAL_REFUSED,
    /** "Forgot your password?" for a known address: a link was mailed (details: none; never the token). */
    PASSWORD_RESET_REQUESTED,
    /** The password was replaced through a reset link (the second factor, if on, stays on). */
    PASSWORD_RESET_BY_LINK,
    /** "Lost both": a recovery request was made and its confirmation link mailed (details: request; no token). */
    RECOVERY_REQUESTED,
    /** A recovery request refused: wrong password, one already open, too many (details: reason). */
    RECOVERY_REQUEST_REFUSED,
    /** The confirmation link was opened: the registered mailbox is verified; the request is in the queue. */
    RECOVERY_REQUEST_CONFIRMED,
    /** An agent approved the request (details: ticket, requester, effectiveAt); the removal waits. */
    RECOVERY_REQUEST_APPROVED,
    /** An agent rejected the request (details: reason, as mailed to the customer). */
    RECOVERY_REQUEST_REJECTED,
    /** The approved removal was cancelled with the link mailed to the registered address. */
    RECOVERY_REQUEST_CANCELLED,
    /** Not confirmed in time. */
    RECOVERY_REQUEST_EXPIRED,
    /** Support cut an approved request's wait short (details: reason; a second agent, not the approver). */
    RECOVERY_WAIT_SHORTENED,
    /**
     * An agent was refused cutting an approved request's wait short (details: request, agent, reason
     * second-agent-not-independent: created or reactivated after the approval; decision 0032).
     */
    RECOVERY_WAIT_SHORTEN_REFUSED,
    /** The wait was over and the removal ran (details: outcome). */
    RECOVERY_REQUEST_COMPLETED,
    /** The wait was over but the removal refused (approver inactive, address changed): nothing changed. */
    RECOVERY_REQUEST_VOIDED,
    /** After a passed second factor the customer ticked "don't ask for a code on this browser" (details: browser). */
    BROWSER_REMEMBERED,
    /** The right password on a remembered browser: the code was not asked for (details: browserId). */
    SIGNED_IN_WITH_REMEMBERED_BROWSER,
    /** The customer forgot one remembered browser in Security settings (details: browserId). */
    REMEMBERED_BROWSER_FORGOTTEN,
    /** Every remembered browser of the account was forgotten (details: reason, forgotten). */
    REMEMBERED_BROWSERS_FORGOTTEN,
    /** The customer added a security key or passkey (details: keyId, name; decision 0024). */
    SECURITY_KEY_ADDED,
    /** Adding a key failed: the browser's answer was refused or came too late (details: reason). */
    SECURITY_KEY_ADD_REFUSED,
    /** The customer removed a key with the password (details: keyId, name). */
    SECURITY_KEY_REMOVED,
    /** Removing a key refused: wrong or throttled password (details: reason, keyId). */
    SECURITY_KEY_REMOVAL_REFUSED,
    /** Every key of the account was removed with its second factor (details: reason, removed). */
    SECURITY_KEYS_REMOVED,
    /** The login's second step passed with a security key (details: keyId). */
    SECURITY_KEY_USED,
    /** A security key's answer at login refused, counted as a wrong code (details: reason, keyId, failedAttempts). */
    SECURITY_KEY_REFUSED,
    /** A key's signature counter did not go up: a cloned key; refused and counted (details: keyId, counters). */
    SECURITY_KEY_CLONE_SUSPECTED,
    /** Back-office: an agent created a customer (details: customerNumber, language; decision 0029). */
    CUSTOMER_CREATED,
    /** The new customer's invitation was mailed (details: expiresAt; never the token). */
    INVITATION_SENT,
    /** A new invitation replaced the earlier ones (details: expiresAt, by: agent or customer). */
    INVITATION_RESENT,
    /** The customer chose the first password with the invitation link. */
    INVITATION_ACCEPTED,
    /** Back-office: an agent deactivated a customer account (details: ticket, reason; decision 0030). */
    CUSTOMER_DEACTIVATED,
    /** Back-office: an agent reactivated a deactivated customer account (details: ticket, reason). */
    CUSTOMER_REACTIVATED,
    /** The customer downloaded "my data" after the password (details: events, notices counted; decision 0031). */
    DATA_EXPORTED,
    /** "Download my data" refused: wrong or throttled password (details: reason). */
    DATA_EXPORT_REFUSED,
    /**
     * An admin (ticket) or an API client (reason) erased a customer's personal data; the account's earlier events
     * now name a pseudonym (details: ticket or reason, pseudonym, counts of what went; decision 0036).
     */
    CUSTOMER_ERASED,
    /** Back-office: an ADMIN created an API token (details: token, its name; never the token; decision 0034). */
    API_TOKEN_CREATED,
    /** Back-office: an ADMIN revoked an API token (details: token, its name). */
    API_TOKEN_REVOKED,
    /** The provisioning API was called with no token, a wrong or a revoked one (details: failures from the address). */
    API_TOKEN_REFUSED,
    /** The provisioning API set a customer's password (actor: the API token; never the password). */
    PASSWORD_SET_BY_API,
    /**
     * The owner pressed "This wasn't me" in a notice (decision 0042): sessions ended, browsers forgotten, an open
     * recovery voided, a reset link mailed, the account flagged for support (details: resetLinkMailed,
     * addressChangedSince; never the token).
     */
    ACCOUNT_SECURED_BY_OWNER,
    /** Back-office: an agent closed the flag "This wasn't me" raised (details: note). */
    OWNER_FLAG_CLOSED,
    /**
     * A customer imported from another system (details: customerNumber, language, line, password: the imported
     * hash's format or "invited"; actor: the admin, or "import tool"; decision 0033).
     */
    CUSTOMER_IMPORTED,
    /** The first right password replaced an imported hash with the product's Argon2id (details: format). */
    IMPORTED_PASSWORD_REPLACED,
    /** The owner signed out one of their sign-ins, another browser (details: sign-in id; decision 0037). */
    SIGN_IN_ENDED,
    /** The owner's "Sign out everywhere else" (details: how many ended). */
    SIGNED_OUT_EVERYWHERE_ELSE,
    /** Support's "Sign out everywhere" on a customer's page (details: agent, how many ended, reason). */
    SIGNED_OUT_EVERYWHERE_BY_SUPPORT,
    /**
     * Support required two-factor authentication for the customer, whatever the setting (details: agent, ticket,
     * reason, dueAt; decision 0046).
     */
    TWO_FACTOR_REQUIRED_BY_SUPPORT,
    /** Support lifted its requirement of two-factor authentication (details: agent, ticket, reason). */
    TWO_FACTOR_REQUIREMENT_LIFTED_BY_SUPPORT,
    /** A passkey signed the customer in with no password (details: keyId, name, newBrowser; decision 0045). */
    SIGNED_IN_WITH_PASSKEY,
    /**
     * A passkey's answer at the login page refused (details: reason, keyId, failedAttempts when counted): unknown or
     * removed, a key for after the password, no user verification, a copy, a bad answer.
     */
    PASSKEY_SIGN_IN_REFUSED
}
