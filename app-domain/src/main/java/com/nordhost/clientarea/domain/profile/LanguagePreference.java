package com.nordhost.clientarea.domain.profile;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.shared.Transactions;
import java.util.Objects;
import java.util.Optional;

/**
 * The account holder's language: stored when chosen with the language switch while signed in, applied at the
 * next sign-in, and the language of the account's mails ({@code SecurityNotices}).
 */
public final class LanguagePreference {

    private final AccountRepository accounts;
    private final Transactions transactions;

    public LanguagePreference(AccountRepository accounts, Transactions transactions) {
        this.accounts = Objects.requireNonNull(accounts, "The account repository is required.");
        this.transactions = Objects.requireNonNull(transactions, "Transactions are required.");
    }

    public void choose(AccountId accountId, Language language) {
        Objects.requireNonNull(accountId, "An account is required.");
        Objects.requireNonNull(language, "A language is required.");
        transactions.inTransaction(() -> {
            if (!accounts.findLanguage(accountId).equals(Optional.of(language))) {
                accounts.changeLanguage(accountId, language);
            }
            return null;
        });
    }

    /** The stored language; empty when the account never chose one. */
    public Optional<Language> stored(AccountId accountId) {
        Objects.requireNonNull(accountId, "An account is required.");
        return transactions.inTransaction(() -> accounts.findLanguage(accountId));
    }
}
