package com.nordhost.clientarea.domain.testing;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.staff.StaffDirectory;
import java.util.List;

/** The staff directory over {@link InMemoryAccounts}. */
public final class InMemoryStaffDirectory implements StaffDirectory {

    private final InMemoryAccounts accounts;

    public InMemoryStaffDirectory(InMemoryAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<Account> listStaff() {
        throw new UnsupportedOperationException("not needed by the in-memory tests");
    }

    @Override
    public boolean deactivate(AccountId agent) {
        return staff(agent) && accounts.deactivateIfActive(agent);
    }

    @Override
    public boolean reactivate(AccountId agent) {
        return staff(agent) && accounts.reactivate(agent);
    }

    private boolean staff(AccountId agent) {
        return accounts.findById(agent).filter(a -> a.realm() == Realm.STAFF).isPresent();
    }
}
