package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The one home of "this account must use two-factor authentication" (decision 0046), for agents (always, at once)
 * and customers (the hosting company's setting, or support for one customer, after a grace period): the login asks
 * it after a right password ({@link #atLogin}), the second factor's end tells it ({@link #secondFactorEnded}),
 * turning 2FA off and the pages ask {@link #of} and {@link #setUpPending}. The arithmetic is
 * {@link TwoFactorRequirement#of}'s.
 */
public final class RequiredTwoFactor {

    private final AccountRepository accounts;
    private final TwoFactorRepository twoFactor;
    private final TwoFactorRequirements requirements;
    private final TwoFactorRequirementSetting setting;
    private final Transactions transactions;
    private final Clock clock;

    public RequiredTwoFactor(AccountRepository accounts, TwoFactorRepository twoFactor,
                             TwoFactorRequirements requirements, TwoFactorRequirementSetting setting,
                             Transactions transactions, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts);
        this.twoFactor = Objects.requireNonNull(twoFactor);
        this.requirements = Objects.requireNonNull(requirements);
        this.setting = Objects.requireNonNull(setting);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    public TwoFactorRequirementSetting setting() {
        return setting;
    }

    /**
     * After a right password, for an account without an active second factor, in the login's transaction: the
     * setting reaches the account now if no login saw it before (its grace starts), and the requirement as it then
     * stands comes back.
     */
    public TwoFactorRequirement atLogin(Account account) {
        Instant now = clock.instant();
        RequirementRecord record = noteSettingReached(account, now);
        return TwoFactorRequirement.of(account.realm(), setting, record, now);
    }

    /**
     * In the transaction that ended the account's second factor: when it is required, the set-up is due from now,
     * so the next login leads to the wizard (nobody is left without a second factor, nobody is locked out).
     */
    public void secondFactorEnded(Account account) {
        if (account.realm() != Realm.CUSTOMER) {
            return;
        }
        Instant now = clock.instant();
        RequirementRecord record = noteSettingReached(account, now);
        if (TwoFactorRequirement.of(account.realm(), setting, record, now).required()) {
            requirements.secondFactorEnded(account.id(), now);
        }
    }

    /** The requirement as it stands now, in the caller's transaction; nothing is stored. */
    public TwoFactorRequirement of(Account account) {
        RequirementRecord record = account.realm() == Realm.CUSTOMER
                ? requirements.find(account.id()).orElse(RequirementRecord.NONE) : RequirementRecord.NONE;
        return TwoFactorRequirement.of(account.realm(), setting, record, clock.instant());
    }

    /** {@link #of(Account)} in a transaction of its own; not required for an unknown account. */
    public TwoFactorRequirement of(AccountId accountId) {
        return transactions.inTransaction(() -> accounts.findById(accountId).map(this::of)
                .orElse(TwoFactorRequirement.NOT_REQUIRED));
    }

    /**
     * The requirement of a signed-in account that has no active second factor yet (the banner's question); empty
     * when nothing is required or 2FA is on.
     */
    public Optional<TwoFactorRequirement> setUpPending(AccountId accountId) {
        return transactions.inTransaction(() -> {
            if (twoFactor.find(accountId).map(TwoFactorCredential::isActive).orElse(false)) {
                return Optional.<TwoFactorRequirement>empty();
            }
            return accounts.findById(accountId).map(this::of).filter(TwoFactorRequirement::required);
        });
    }

    /** The time the rule reads (the views count days with it). */
    public Instant now() {
        return clock.instant();
    }

    private RequirementRecord noteSettingReached(Account account, Instant now) {
        if (account.realm() != Realm.CUSTOMER) {
            return RequirementRecord.NONE;
        }
        RequirementRecord record = requirements.find(account.id()).orElse(RequirementRecord.NONE);
        if (setting.customersRequired() && record.settingReachedAt() == null) {
            requirements.settingReached(account.id(), now);
            record = new RequirementRecord(now, record.supportRequiredAt(), record.supportTicket(),
                    record.endedWhileRequiredAt());
        }
        return record;
    }
}
