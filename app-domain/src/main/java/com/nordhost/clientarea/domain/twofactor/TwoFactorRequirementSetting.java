package com.nordhost.clientarea.domain.twofactor;

import java.time.Duration;
import java.util.Objects;

/**
 * The hosting company's setting (decision 0046): whether every customer must use two-factor authentication
 * ({@code clientarea.twofactor.required}) and how long a customer without it may still sign in with the password
 * alone after the requirement reached the account ({@code clientarea.twofactor.grace.days}, whole days). The grace
 * also applies when support requires it for one customer.
 */
public record TwoFactorRequirementSetting(boolean customersRequired, Duration grace) {

    public static final Duration DEFAULT_GRACE = Duration.ofDays(14);
    public static final Duration MAX_GRACE = Duration.ofDays(365);
    /** Off by default: customers choose, as before this setting existed. */
    public static final TwoFactorRequirementSetting DEFAULT = new TwoFactorRequirementSetting(false, DEFAULT_GRACE);

    public TwoFactorRequirementSetting {
        Objects.requireNonNull(grace, "The grace period is required.");
        if (grace.isNegative() || grace.compareTo(MAX_GRACE) > 0 || !grace.equals(Duration.ofDays(grace.toDays()))) {
            throw new IllegalArgumentException("The grace period must be whole days from 0 to 365, not " + grace
                    + ".");
        }
    }
}
