package com.nordhost.clientarea.web.signin;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.Role;

import java.io.Serializable;
import java.security.Principal;
import java.util.Objects;

/**
 * The person signed in to this HTTP session: only stored once every required factor was passed, so
 * holding one means "fully signed in". {@code secondFactorPassed} records whether a second factor was used.
 */
public record SignedInUser(long accountId, Role role, String email, String fullName, boolean secondFactorPassed)
        implements Principal, Serializable {

    public SignedInUser {
        Objects.requireNonNull(role, "A role is required.");
        Objects.requireNonNull(email, "An e-mail address is required.");
        fullName = fullName == null ? "" : fullName;
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
