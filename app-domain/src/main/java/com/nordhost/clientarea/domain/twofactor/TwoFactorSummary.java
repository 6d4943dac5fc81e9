package com.nordhost.clientarea.domain.twofactor;

import java.time.Instant;

/** For the Security settings tab and the back-office customer page. Only ACTIVE means the second factor is on. */
public record TwoFactorSummary(TwoFactorStatus status, Instant enabledAt, boolean locked) {

    public boolean enabled() {
        return status == TwoFactorStatus.ACTIVE;
    }
}
