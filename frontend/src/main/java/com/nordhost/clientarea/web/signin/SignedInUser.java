package com.nordhost.clientarea.web.signin;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.Role;

import java.io.Serializable;
import java.security.Principal;
import java.util.Objects;

/**
 * The person signed in to this HTTP session: only stored once every required factor was passed, so
 * holding one means "fully signed in". {@code secondFactorPassed} records whether a second factor was used;
 * {@code sessionEpoch} is the account's session epoch at sign-in (or after a change this session made), which
 * {@link SessionEpochFilter} compares with the account's at every request; {@code signInId} names its sign-in in the
 * database (decision 0037; 0: none), whose cookie restores this user on any node once the in-memory session is gone.
 */
public record SignedInUser(long accountId, Role role, String email, String fullName, boolean secondFactorPassed,
                           int sessionEpoch, long signInId) implements Principal, Serializable {

    /** A user at session epoch 0 (a new account's), for tests. */
    public SignedInUser(long accountId, Role role, String email, String fullName, boolean secondFactorPassed) {
        this(accountId, role, email, fullName, secondFactorPassed, 0);
    }

    /** A user without a sign-in in the database (tests; checked by the session epoch alone). */
    public SignedInUser(long accountId, Role role, String email, String fullName, boolean secondFactorPassed,
                        int sessionEpoch) {
        this(accountId, role, email, fullName, secondFactorPassed, sessionEpoch, 0);
    }

    public SignedInUser {
        Objects.requireNonNull(role, "A role is required.");
        Objects.requireNonNull(email, "An e-mail address is required.");
        fullName = fullName == null ? "" : fullName;
    }

    /** The same user, remembering the account's new session epoch (this session made the change). */
    public SignedInUser withSessionEpoch(int epoch) {
        return new SignedInUser(accountId, role, email, fullName, secondFactorPassed, epoch, signInId);
    }

    /** The same user, now kept by the sign-in {@code id} in the database (decision 0037). */
    public SignedInUser withSignIn(long id) {
        return new SignedInUser(accountId, role, email, fullName, secondFactorPassed, sessionEpoch, id);
    }

    public AccountId id() {
        return new AccountId(accountId);
    }

    /** The name the container reports: the e-mail address (unique per realm). */
    @Override
    public String getName() {
        return email;
    }

    public boolean hasRole(String roleName) {
        return role.name().equals(roleName);
    }
}
