package com.nordhost.clientarea.domain.protect;

import com.nordhost.clientarea.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;

/** An open flag: raised first at {@code raisedAt}, pressed {@code presses} times, the last at {@code lastRaisedAt}. */
public record OwnerFlag(AccountId account, Instant raisedAt, Instant lastRaisedAt, int presses) {

    public OwnerFlag {
        Objects.requireNonNull(account, "An account is required.");
        Objects.requireNonNull(raisedAt, "The time the flag was raised is required.");
        Objects.requireNonNull(lastRaisedAt, "The time of the last press is required.");
    }
}
