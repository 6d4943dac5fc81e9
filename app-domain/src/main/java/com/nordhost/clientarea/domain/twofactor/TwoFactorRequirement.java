package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.account.Realm;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether an account must use two-factor authentication, who requires it and from when the set-up is due (decision
 * 0046). The arithmetic lives here, as plain data: {@link #of} is the one rule for agents and customers alike.
 *
 * @param source            who requires it; {@link Source#SETTING} is named before support when both do, since
 *                          only the setting cannot be lifted on the customer's page
 * @param dueAt             from when a login without 2FA leads to the wizard (null when not required)
 * @param supportRequiredAt when support required it for this account (null: support does not)
 * @param supportTicket     the ticket support named (null: support does not)
 */
public record TwoFactorRequirement(Source source, Instant dueAt, Instant supportRequiredAt, String supportTicket) {

    private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();

    /** Who requires it. */
    public enum Source {
        /** Nobody: the customer chooses. */
        NONE,
        /** Every back-office agent, always, at once. */
        STAFF,
        /** The hosting company's setting for every customer. */
        SETTING,
        /** Support, for this customer. */
        SUPPORT
    }

    public static final TwoFactorRequirement NOT_REQUIRED = new TwoFactorRequirement(Source.NONE, null, null, null);

    public TwoFactorRequirement {
        Objects.requireNonNull(source, "A source is required.");
        if (source != Source.NONE) {
            Objects.requireNonNull(dueAt, "A required second factor has a due time.");
        }
    }

    /**
     * The rule. Agents: due at once. Customers: when the setting is on, due {@code grace} after the setting reached
     * the account ({@code now} when no login has seen it yet); when support requires it, {@code grace} after that;
     * the earlier of the two. A second factor that ended while required (turned off, removed by support, a "lost
     * both" recovery) makes it due from that moment: nobody gets a new grace period by losing the second factor.
     */
    public static TwoFactorRequirement of(Realm realm, TwoFactorRequirementSetting setting, RequirementRecord record,
                                          Instant now) {
        Objects.requireNonNull(realm, "A realm is required.");
        Objects.requireNonNull(setting, "The setting is required.");
        Objects.requireNonNull(now, "The time is required.");
        RequirementRecord stored = record == null ? RequirementRecord.NONE : record;
        if (realm == Realm.STAFF) {
            return new TwoFactorRequirement(Source.STAFF, Instant.EPOCH, null, null);
        }
        Source source = Source.NONE;
        Instant due = null;
        if (setting.customersRequired()) {
            Instant reached = stored.settingReachedAt() == null ? now : stored.settingReachedAt();
            due = dueFrom(reached, setting.grace(), stored.endedWhileRequiredAt());
            source = Source.SETTING;
        }
        if (stored.supportRequiredAt() != null) {
            Instant bySupport = dueFrom(stored.supportRequiredAt(), setting.grace(), stored.endedWhileRequiredAt());
            due = due == null || bySupport.isBefore(due) ? bySupport : due;
            source = source == Source.NONE ? Source.SUPPORT : source;
        }
        return source == Source.NONE ? NOT_REQUIRED
                : new TwoFactorRequirement(source, due, stored.supportRequiredAt(), stored.supportTicket());
    }

    /** An end of the second factor before this requirement began (an old removal) does not count. */
    private static Instant dueFrom(Instant start, Duration grace, Instant endedWhileRequired) {
        Instant afterGrace = start.plus(grace);
        if (endedWhileRequired != null && !endedWhileRequired.isBefore(start)
                && endedWhileRequired.isBefore(afterGrace)) {
            return endedWhileRequired;
        }
        return afterGrace;
    }

    public boolean required() {
        return source != Source.NONE;
    }

    /** Whether a login without a second factor now leads to the wizard before any page. */
    public boolean isDue(Instant now) {
        return required() && !now.isBefore(dueAt);
    }

    /**
     * Whole days left before it is due, rounded up (23 hours left is "1 day"); 0 when due or not required. What the
     * banner counts down.
     */
    public long daysLeft(Instant now) {
        if (!required() || isDue(now)) {
            return 0;
        }
        long millis = Duration.between(now, dueAt).toMillis();
        return (millis + DAY_MILLIS - 1) / DAY_MILLIS;
    }

    /** Whether support requires it for this account (then support can lift it). */
    public boolean bySupport() {
        return supportRequiredAt != null;
    }
}
