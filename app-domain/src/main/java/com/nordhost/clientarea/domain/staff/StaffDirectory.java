package com.nordhost.clientarea.domain.staff;

import com.nordhost.clientarea.domain.shared.Port;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import java.util.List;

/** Port: the back-office's own accounts (a few dozen, listed whole). */
@Port
public interface StaffDirectory {

    /** Every SUPPORT and ADMIN account, active first, then by e-mail. */
    List<Account> listStaff();

    /** Conditional: true iff the staff account was active and now is not. */
    boolean deactivate(AccountId agent);

    /** Conditional: true iff the staff account was deactivated and now is active again. */
    boolean reactivate(AccountId agent);
}
