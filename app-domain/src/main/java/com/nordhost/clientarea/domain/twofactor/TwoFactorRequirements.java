package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.shared.Port;
import java.time.Instant;
import java.util.Optional;

/**
 * Port: per account, what {@link RequiredTwoFactor} needs to remember (decision 0046). Every change runs in the
 * caller's transaction after locking the account's row, so two changes of one account (two logins, two agents) run
 * one after the other and never both insert.
 */
@Port
public interface TwoFactorRequirements {

    Optional<RequirementRecord> find(AccountId account);

    /** The product-wide setting reached the account at {@code at}; stored once, a later call changes nothing. */
    void settingReached(AccountId account, Instant at);

    /** Support requires it from {@code at} under {@code ticket}; false (nothing changes) when support already does. */
    boolean requireBySupport(AccountId account, Instant at, String ticket);

    /** Support no longer requires it; false when support did not. */
    boolean liftBySupport(AccountId account);

    /** A second factor ended at {@code at} while it was required: from then the set-up is due at once. */
    void secondFactorEnded(AccountId account, Instant at);
}
