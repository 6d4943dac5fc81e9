package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.notification.SecurityNotice;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one way an account's second factor ends, whoever ends it: the customer turning it off, support removing it
 * (and so a "lost both" recovery), an administrator resetting an agent's. Every kind of authenticator goes
 * ({@link AuthenticatorStore}), then the account's second-factor row; every session of the account ends at its
 * next request (session epoch); one audit event counts what went; one notice tells the account holder. Where two-factor
 * authentication is required ({@link RequiredTwoFactor}), its set-up is due from then on: the next login leads to the
 * wizard.
 *
 * <p>Runs in the caller's transaction, after the caller has applied its own rules (password, ticket, role).
 */
public final class SecondFactorEnd {

    /** Who ended it, with the audit event and the notice that says so. */
    public enum Reason {
        TURNED_OFF_BY_CUSTOMER(AuditEventType.TWO_FACTOR_DISABLED_BY_CUSTOMER, SecurityNotice.TWO_FACTOR_DISABLED),
        REMOVED_BY_SUPPORT(AuditEventType.TWO_FACTOR_REMOVED_BY_SUPPORT, SecurityNotice.TWO_FACTOR_REMOVED_BY_SUPPORT),
        RESET_BY_ADMIN(AuditEventType.AGENT_TWO_FACTOR_RESET, SecurityNotice.TWO_FACTOR_RESET_BY_ADMIN);

        private final AuditEventType event;
        private final SecurityNotice notice;

        Reason(AuditEventType event, SecurityNotice notice) {
            this.event = event;
            this.notice = notice;
        }

        /** Staff act for the customer: the notice names neither them nor their address. */
        boolean byStaff() {
            return this != TURNED_OFF_BY_CUSTOMER;
        }
    }

    /** What went: the account's new session epoch and how many of each kind. */
    public record Ended(int sessionEpoch, Map<AuthenticatorKind, Integer> removed) {
    }

    private final AccountRepository accounts;
    private final TwoFactorRepository twoFactor;
    private final List<AuthenticatorStore> stores;
    private final AuditTrail audit;
    private final SecurityNotices notices;
    private final RequiredTwoFactor required;

    public SecondFactorEnd(AccountRepository accounts, TwoFactorRepository twoFactor, List<AuthenticatorStore> stores,
                           AuditTrail audit, SecurityNotices notices, RequiredTwoFactor required) {
        this.accounts = Objects.requireNonNull(accounts);
        this.twoFactor = Objects.requireNonNull(twoFactor);
        this.stores = List.copyOf(stores);
        this.audit = Objects.requireNonNull(audit);
        this.notices = Objects.requireNonNull(notices);
        this.required = Objects.requireNonNull(required);
    }

    /** The kinds this product knows, in the order they are removed. */
    public List<AuthenticatorKind> kinds() {
        return stores.stream().map(AuthenticatorStore::kind).toList();
    }

    /**
     * Ends the second factor of {@code account}. Empty when it was not on (nothing changes, nothing is audited): of
     * two agents removing it at once, one gets empty. {@code details} go into the audit event; {@code noticeValues}
     * into the notice ({@code ticket} for support).
     */
    public Optional<Ended> end(Account account, Reason reason, String actor, RequestOrigin origin,
                               Map<String, String> details, Map<String, String> noticeValues) {
        // Row-locked: two ends of one account run one after the other, and the second finds nothing to end.
        boolean active = twoFactor.findForUpdate(account.id()).map(TwoFactorCredential::isActive).orElse(false);
        if (!active) {
            return Optional.empty();
        }
        Map<AuthenticatorKind, Integer> removed = new EnumMap<>(AuthenticatorKind.class);
        for (AuthenticatorStore store : stores) {
            removed.put(store.kind(), store.removeAll(account.id()));
        }
        if (!twoFactor.delete(account.id())) {
            throw new IllegalStateException("The second factor of " + account.id() + " went while it was locked.");
        }
        int epoch = accounts.advanceSessionEpoch(account.id());
        // Where 2FA is required, the next login leads to the wizard at once (decision 0046).
        required.secondFactorEnded(account);
        Map<String, String> audited = new LinkedHashMap<>(details);
        removed.forEach((kind, count) -> audited.put(kind.auditKey(), Integer.toString(count)));
        audit.record(reason.event, account.id(), actor, origin == null ? RequestOrigin.unknown() : origin, audited);
        notices.send(account, reason.notice, reason.byStaff() ? null : origin, noticeValues);
        return Optional.of(new Ended(epoch, Map.copyOf(removed)));
    }

    /**
     * Removes every authenticator of every kind and the second-factor row (set up or not), without an event or a
     * notice of its own: the account is being erased (decision 0036) and the caller audits the erasure with these
     * counts. Runs whether 2FA was on or not, so half-finished enrolments and stray challenges go too.
     */
    public Map<AuthenticatorKind, Integer> removeEverything(Account account) {
        twoFactor.findForUpdate(account.id());
        Map<AuthenticatorKind, Integer> removed = new EnumMap<>(AuthenticatorKind.class);
        for (AuthenticatorStore store : stores) {
            removed.put(store.kind(), store.removeAll(account.id()));
        }
        twoFactor.delete(account.id());
        return Map.copyOf(removed);
    }
}
