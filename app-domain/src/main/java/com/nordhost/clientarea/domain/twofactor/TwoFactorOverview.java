package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.shared.Transactions;

import java.time.Clock;

/** The state of an account's second factor, for the Security settings tab and the back-office. */
public final class TwoFactorOverview {

    private final TwoFactorRepository twoFactor;
    private final Transactions transactions;
    private final Clock clock;

    public TwoFactorOverview(TwoFactorRepository twoFactor, Transactions transactions, Clock clock) {
        this.twoFactor = twoFactor;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** ACTIVE (with enabledAt, locked), PENDING while an enrollment is under way, otherwise OFF. */
    public TwoFactorSummary of(AccountId accountId) {
        return transactions.inTransaction(() -> twoFactor.find(accountId)
                .map(c -> switch (c.status()) {
                    case ACTIVE -> new TwoFactorSummary(TwoFactorStatus.ACTIVE, c.enabledAt(), c.locked());
                    case PENDING -> c.isPendingAt(clock.instant())
                            ? new TwoFactorSummary(TwoFactorStatus.PENDING, null, false) : off();
                    case OFF -> off();
                })
                .orElseGet(TwoFactorOverview::off));
    }

    private static TwoFactorSummary off() {
        return new TwoFactorSummary(TwoFactorStatus.OFF, null, false);
    }
}
