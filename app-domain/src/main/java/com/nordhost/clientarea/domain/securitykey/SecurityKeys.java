package com.nordhost.clientarea.domain.securitykey;

import com.nordhost.clientarea.domain.confirmation.PasswordConfirmation;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.notification.SecurityNotice;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The customer's security keys (decision 0024): the list in Security settings and removing one with the password;
 * all of them go with the second factor ({@link SecurityKeyStore}). Adding one and signing in with one are the ceremonies' ({@code webauthn} package).
 */
public final class SecurityKeys {

    private final AccountRepository accounts;
    private final SecurityKeyRepository keys;
    private final PasswordConfirmation confirmation;
    private final AuditTrail audit;
    private final SecurityNotices notices;
    private final Transactions transactions;

    public SecurityKeys(AccountRepository accounts, SecurityKeyRepository keys, PasswordConfirmation confirmation,
                        AuditTrail audit, SecurityNotices notices, Transactions transactions) {
        this.accounts = Objects.requireNonNull(accounts);
        this.keys = Objects.requireNonNull(keys);
        this.confirmation = Objects.requireNonNull(confirmation);
        this.audit = Objects.requireNonNull(audit);
        this.notices = Objects.requireNonNull(notices);
        this.transactions = Objects.requireNonNull(transactions);
    }

    /** The account's keys, oldest first. */
    public List<SecurityKey> list(AccountId account) {
        return transactions.inTransaction(() -> keys.listFor(account));
    }

    /** Whether the account has a key: the login's second step then offers it first. */
    public boolean any(AccountId account) {
        return transactions.inTransaction(() -> !keys.credentialIds(account).isEmpty());
    }

    /**
     * The customer removes one key, confirming with the password (wrong passwords count towards the same wait as
     * the other settings dialogs). Audited and notified.
     */
    public SecurityKeyRemoval remove(AccountId accountId, long keyId, String password, RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Optional<Account> holder = accounts.findById(accountId);
            Optional<SecurityKey> key = holder.isEmpty() ? Optional.empty()
                    : keys.listFor(accountId).stream().filter(k -> k.id() == keyId).findFirst();
            if (key.isEmpty()) {
                return new SecurityKeyRemoval.NotFound();
            }
            Account account = holder.get();
            PasswordConfirmation.Result confirmed = confirmation.confirm(account, password,
                    AuditEventType.SECURITY_KEY_REMOVAL_REFUSED, origin, Map.of("keyId", Long.toString(keyId)));
            if (confirmed instanceof PasswordConfirmation.TryLater later) {
                return new SecurityKeyRemoval.TryLater(later.until());
            }
            if (confirmed instanceof PasswordConfirmation.WrongPassword) {
                return new SecurityKeyRemoval.WrongPassword();
            }
            if (!keys.delete(accountId, keyId)) {
                return new SecurityKeyRemoval.NotFound();
            }
            String name = key.get().name();
            audit.record(AuditEventType.SECURITY_KEY_REMOVED, accountId, account.email().value(), origin,
                    Map.of("keyId", Long.toString(keyId), "name", name));
            notices.send(account, SecurityNotice.SECURITY_KEY_REMOVED, origin, Map.of("keyName", name));
            return new SecurityKeyRemoval.Removed(name);
        });
    }
}
