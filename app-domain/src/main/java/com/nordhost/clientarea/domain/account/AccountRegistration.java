package com.nordhost.clientarea.domain.account;

import com.nordhost.clientarea.domain.password.PasswordHasher;
import com.nordhost.clientarea.domain.password.PasswordPolicy;
import com.nordhost.clientarea.domain.password.PasswordProblem;
import com.nordhost.clientarea.domain.shared.InvalidInputException;
import com.nordhost.clientarea.domain.shared.Transactions;

import java.time.Clock;
import java.util.List;

/** Creates accounts with a hashed password (seed data, back-office, tests), refusing duplicates per realm. */
public final class AccountRegistration {

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final Transactions transactions;
    private final Clock clock;

    public AccountRegistration(AccountRepository accounts, PasswordHasher hasher, PasswordPolicy policy,
                               Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.policy = policy;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @throws InvalidInputException when the e-mail is taken in the role's realm or the password breaks the policy */
    public Account register(Role role, EmailAddress email, String fullName, String password) {
        List<PasswordProblem> problems = policy.problemsWith(password);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.get(0).messageKey(), problems.get(0).text());
        }
        String hash = hasher.hash(password);
        return transactions.inTransaction(() -> {
            if (accounts.findByEmail(role.realm(), email).isPresent()) {
                throw new InvalidInputException("email.taken", "An account with this e-mail address exists.");
            }
            return accounts.create(role, email, fullName, hash, clock.instant());
        });
    }
}
