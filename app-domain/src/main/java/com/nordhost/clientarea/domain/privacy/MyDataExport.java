package com.nordhost.clientarea.domain.privacy;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditLog;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.audit.EventActors;
import com.nordhost.clientarea.domain.confirmation.AfterPassword;
import com.nordhost.clientarea.domain.confirmation.PasswordConfirmation;
import com.nordhost.clientarea.domain.notification.Outbox;
import com.nordhost.clientarea.domain.remembered.RememberedBrowserRepository;
import com.nordhost.clientarea.domain.shared.BrowserName;
import com.nordhost.clientarea.domain.shared.IpAddressText;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorStore;
import com.nordhost.clientarea.domain.twofactor.TwoFactorCredential;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * "Download my data" (decision 0031): after the password, what the client area holds about the signed-in customer,
 * as a {@link DataExport}. Every authenticator comes from the {@link AuthenticatorStore}s, so a new kind is in the
 * export without a change here. Audited as {@link AuditEventType#DATA_EXPORTED}; a refused password as
 * {@link AuditEventType#DATA_EXPORT_REFUSED}, counted by the password throttle.
 */
public final class MyDataExport {

    /** How far back the security events and notices go. */
    public static final int MONTHS = 12;
    /** At most this many events and notices each (newest first); far more than a year of normal use. */
    static final int LIMIT = 5000;

    private final AccountRepository accounts;
    private final TwoFactorRepository twoFactor;
    private final List<AuthenticatorStore> stores;
    private final RememberedBrowserRepository browsers;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final PasswordConfirmation confirmation;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;

    public MyDataExport(AccountRepository accounts, TwoFactorRepository twoFactor, List<AuthenticatorStore> stores,
                        RememberedBrowserRepository browsers, AuditLog auditLog, Outbox outbox,
                        PasswordConfirmation confirmation, AuditTrail audit, Transactions transactions, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts);
        this.twoFactor = Objects.requireNonNull(twoFactor);
        this.stores = List.copyOf(stores);
        this.browsers = Objects.requireNonNull(browsers);
        this.auditLog = Objects.requireNonNull(auditLog);
        this.outbox = Objects.requireNonNull(outbox);
        this.confirmation = Objects.requireNonNull(confirmation);
        this.audit = Objects.requireNonNull(audit);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Only an active customer's own export; staff accounts and deactivated customers get {@code NotAllowed}. */
    public AfterPassword<DataExport> export(AccountId accountId, String password, RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Optional<Account> found = accounts.findById(accountId);
            if (found.isEmpty() || found.get().role() != Role.CUSTOMER || !found.get().active()) {
                return new AfterPassword.NotAllowed<>();
            }
            Account account = found.get();
            PasswordConfirmation.Result confirmed = confirmation.confirm(account, password,
                    AuditEventType.DATA_EXPORT_REFUSED, origin);
            if (!(confirmed instanceof PasswordConfirmation.Confirmed)) {
                return AfterPassword.refused(confirmed);
            }
            DataExport export = gather(account);
            audit.record(AuditEventType.DATA_EXPORTED, accountId, account.email().value(), origin,
                    Map.of("events", Integer.toString(export.events().size()),
                            "notices", Integer.toString(export.notices().size())));
            return new AfterPassword.Granted<>(export);
        });
    }

    private DataExport gather(Account account) {
        Instant now = clock.instant();
        Instant since = now.atZone(ZoneOffset.UTC).minusMonths(MONTHS).toInstant();
        AccountId id = account.id();

        CustomerDetails details = accounts.findCustomerDetails(id).orElse(null);
        String language = accounts.findLanguage(id).orElse(Language.DEFAULT).tag();
        DataExport.Details mine = details == null
                ? new DataExport.Details(null, account.fullName(), account.email().value(), null, null, null, null,
                null, language)
                : new DataExport.Details(details.customerNumber(), details.fullName(), account.email().value(),
                details.phone(), details.street(), details.postalCode(), details.city(), details.country(), language);

        Optional<TwoFactorCredential> credential = twoFactor.find(id).filter(TwoFactorCredential::isActive);
        DataExport.TwoFactor secondFactor = new DataExport.TwoFactor(credential.isPresent(),
                credential.map(TwoFactorCredential::enabledAt).orElse(null));

        List<DataExport.AuthenticatorEntry> authenticators = new ArrayList<>();
        for (AuthenticatorStore store : stores) {
            store.list(id).forEach(a -> authenticators.add(
                    new DataExport.AuthenticatorEntry(a.kind(), a.name(), a.addedAt(), a.lastUsedAt())));
        }

        List<DataExport.BrowserEntry> remembered = browsers.listFor(id, now).stream()
                .map(b -> new DataExport.BrowserEntry(b.browser(), b.ip(), b.rememberedAt(), b.lastUsedAt(),
                        b.expiresAt()))
                .toList();

        List<AuditEvent> trail = auditLog.findBySubject(id, LIMIT);
        // The same actor rule as Recent security activity: "you", "support" (never the agent) or "system".
        EventActors actors = EventActors.forAccount(account.email(), trail);
        List<DataExport.EventEntry> events = trail.stream()
                .filter(e -> !e.at().isBefore(since))
                .map(e -> new DataExport.EventEntry(e.at(), e.type().name(), IpAddressText.compact(e.sourceIp()),
                        e.userAgent() == null ? null : BrowserName.of(e.userAgent()), actors.of(e)))
                .toList();

        List<DataExport.NoticeEntry> notices = outbox.listFor(account.email(), since, LIMIT).stream()
                .map(n -> new DataExport.NoticeEntry(n.subject(), n.createdAt()))
                .toList();

        return new DataExport(now, mine, secondFactor, authenticators, remembered, events, notices);
    }
}
