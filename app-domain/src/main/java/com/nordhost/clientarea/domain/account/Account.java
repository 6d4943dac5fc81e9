package com.nordhost.clientarea.domain.account;

import java.time.Instant;
import java.util.Objects;

/** A person who can sign in: a customer or a staff member. */
public record Account(AccountId id, Role role, EmailAddress email, String fullName, String passwordHash,
                      boolean active, Instant createdAt) {

    /**
     * The stored "hash" of an account whose holder has not chosen a password yet (an invited customer, decision
     * 0029): no PHC string, so no password matches it. Sign-in treats it like a wrong password.
     */
    public static final String NO_PASSWORD = "!no-password-yet";

    public Account {
        Objects.requireNonNull(id, "Account id is required.");
        Objects.requireNonNull(role, "Role is required.");
        Objects.requireNonNull(email, "E-mail is required.");
    }

    public Realm realm() {
        return role.realm();
    }

    /**
     * Whether this account may act in the back-office now: an active staff member. The one home of the rule,
     * checked at every back-office request and by every use case an agent calls, so a deactivated agent's
     * open page stops working at its next click.
     */
    public boolean isActiveStaff() {
        return active && realm() == Realm.STAFF;
    }

    /** An active staff member with the role ADMIN (agents' accounts, the full audit log). */
    public boolean isActiveAdmin() {
        return isActiveStaff() && role == Role.ADMIN;
    }

    /** Whether the holder has chosen a password; false for an invited customer until the invitation is accepted. */
    public boolean hasPassword() {
        return passwordHash != null && !NO_PASSWORD.equals(passwordHash);
    }

    public Account withPasswordHash(String newHash) {
        return new Account(id, role, email, fullName, newHash, active, createdAt);
    }

    /** The hash stays out of logs and error pages. */
    @Override
    public String toString() {
        return "Account[id=" + id + ", role=" + role + ", email=" + email + ", active=" + active + "]";
    }
}
