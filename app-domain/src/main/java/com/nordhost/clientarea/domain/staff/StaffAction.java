package com.nordhost.clientarea.domain.staff;


import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.shared.PlainText;
import java.util.Optional;

/** Checks shared by the back-office use cases: who may act, on whom. */
public final class StaffAction {

    public static final int MAX_REASON_LENGTH = 2000;

    private StaffAction() {
    }

    /** The active agent or admin {@code agent} names; empty for no one (a session without a signed-in agent). */
    public static Optional<Account> activeStaff(AccountRepository accounts, AccountId agent) {
        return agent == null ? Optional.empty() : accounts.findById(agent).filter(Account::isActiveStaff);
    }

    /** The customer account {@code customer} names; empty for no one. */
    public static Optional<Account> customer(AccountRepository accounts, AccountId customer) {
        return customer == null ? Optional.empty()
                : accounts.findById(customer).filter(a -> a.role() == Role.CUSTOMER);
    }

    /** A reason was typed, as plain text (line breaks allowed, other control characters not). */
    public static boolean reasonGiven(String reason) {
        return reason != null && !reason.isBlank() && !PlainText.hasControlCharacters(reason, true);
    }

    public static String trimmed(String reason) {
        String text = reason.strip();
        return text.length() > MAX_REASON_LENGTH ? text.substring(0, MAX_REASON_LENGTH) : text;
    }
}
