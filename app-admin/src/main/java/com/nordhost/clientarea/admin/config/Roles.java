package com.nordhost.clientarea.admin.config;

import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.web.signin.SignedInUser;

/** The back-office roles as {@code @RolesAllowed} names them, and who counts as a signed-in agent. */
public final class Roles {

    public static final String SUPPORT = "SUPPORT";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }

    /** Staff who passed the second factor: the only principal any back-office route accepts. */
    public static boolean isSignedInAgent(SignedInUser user) {
        return user != null && user.role().realm() == Realm.STAFF && user.secondFactorPassed();
    }

    public static boolean isAdmin(SignedInUser user) {
        return isSignedInAgent(user) && ADMIN.equals(user.role().name());
    }
}
