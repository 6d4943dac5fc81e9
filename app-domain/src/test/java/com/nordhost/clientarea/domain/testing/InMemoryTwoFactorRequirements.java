package com.nordhost.clientarea.domain.testing;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.twofactor.RequirementRecord;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRequirements;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Test double of the {@code two_factor_requirement} table. */
public final class InMemoryTwoFactorRequirements implements TwoFactorRequirements {

    private final Map<AccountId, RequirementRecord> rows = new HashMap<>();

    @Override
    public synchronized Optional<RequirementRecord> find(AccountId account) {
        return Optional.ofNullable(rows.get(account));
    }

    @Override
    public synchronized void settingReached(AccountId account, Instant at) {
        RequirementRecord r = row(account);
        if (r.settingReachedAt() == null) {
            rows.put(account, new RequirementRecord(at, r.supportRequiredAt(), r.supportTicket(),
                    r.endedWhileRequiredAt()));
        }
    }

    @Override
    public synchronized boolean requireBySupport(AccountId account, Instant at, String ticket) {
        RequirementRecord r = row(account);
        if (r.supportRequiredAt() != null) {
            return false;
        }
        rows.put(account, new RequirementRecord(r.settingReachedAt(), at, ticket, r.endedWhileRequiredAt()));
        return true;
    }

    @Override
    public synchronized boolean liftBySupport(AccountId account) {
        RequirementRecord r = row(account);
        if (r.supportRequiredAt() == null) {
            return false;
        }
        rows.put(account, new RequirementRecord(r.settingReachedAt(), null, null, r.endedWhileRequiredAt()));
        return true;
    }

    @Override
    public synchronized void secondFactorEnded(AccountId account, Instant at) {
        RequirementRecord r = row(account);
        rows.put(account, new RequirementRecord(r.settingReachedAt(), r.supportRequiredAt(), r.supportTicket(), at));
    }

    private RequirementRecord row(AccountId account) {
        return rows.getOrDefault(account, RequirementRecord.NONE);
    }
}
