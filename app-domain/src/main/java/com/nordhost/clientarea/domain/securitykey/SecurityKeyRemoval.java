package com.nordhost.clientarea.domain.securitykey;

import java.time.Instant;

/** What removing one security key with the password ends in. */
public sealed interface SecurityKeyRemoval {

    record Removed(String name) implements SecurityKeyRemoval {
    }

    record WrongPassword() implements SecurityKeyRemoval {
    }

    /** Too many wrong passwords: this one was not checked. */
    record TryLater(Instant until) implements SecurityKeyRemoval {
    }

    /** Not the account's, or already removed (another tab). */
    record NotFound() implements SecurityKeyRemoval {
    }
}
