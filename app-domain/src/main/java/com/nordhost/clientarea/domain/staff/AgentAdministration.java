package com.nordhost.clientarea.domain.staff;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRegistration;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditLog;
import com.nordhost.clientarea.domain.shared.InvalidInputException;
import com.nordhost.clientarea.domain.shared.PlainText;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.twofactor.SecondFactorEnd;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Admins manage agents: create (with an initial password that follows the password policy; the agent
 * must enrol a second factor at first login), deactivate (a deactivated agent cannot log in) and reactivate, and reset
 * an agent's second factor (the agent enrols again at next login). Every change is audited in its
 * transaction, with the acting admin as actor.
 */
public final class AgentAdministration {

    private final AccountRepository accounts;
    private final AccountRegistration registration;
    private final StaffDirectory staff;
    private final SecondFactorEnd secondFactorEnd;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final Clock clock;

    public AgentAdministration(AccountRepository accounts, AccountRegistration registration, StaffDirectory staff,
                               SecondFactorEnd secondFactorEnd, AuditLog auditLog, Transactions transactions,
                               Clock clock) {
        this.accounts = Objects.requireNonNull(accounts);
        this.registration = Objects.requireNonNull(registration);
        this.staff = Objects.requireNonNull(staff);
        this.secondFactorEnd = Objects.requireNonNull(secondFactorEnd);
        this.auditLog = Objects.requireNonNull(auditLog);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Whether a signed-in agent may go on: still active and still in the role they signed in with. An agent
     * deactivated or moved to another role meanwhile must sign in again.
     */
    public boolean isActiveAgent(AccountId agent, Role role) {
        return transactions.inTransaction(() -> accounts.findById(agent))
                .filter(Account::isActiveStaff)
                .filter(account -> account.role() == role)
                .isPresent();
    }

    /** Every agent (for admins). */
    public List<Account> agents() {
        return transactions.inTransaction(staff::listStaff);
    }

    /** @throws InvalidInputException for a taken address or a password the policy refuses */
    public AgentOutcome create(AccountId admin, Role role, EmailAddress email, String fullName, String password,
                               RequestOrigin origin) {
        if (role == null || role.realm() != Realm.STAFF) {
            throw new InvalidInputException("agent.role", "Choose Support or Admin.");
        }
        if (fullName == null || fullName.isBlank()) {
            throw new InvalidInputException("agent.nameRequired", "A name is required.");
        }
        if (PlainText.hasControlCharacters(fullName, false)) {
            throw new InvalidInputException("agent.nameInvalid", "A name cannot contain control characters.");
        }
        return transactions.inTransaction(() -> {
            Optional<Account> actor = activeAdmin(admin);
            if (actor.isEmpty()) {
                return new AgentOutcome.NotAllowed();
            }
            Account created = registration.register(role, email, fullName.strip(), password);
            record(AuditEventType.AGENT_CREATED, created.id(), actor.get(), origin,
                    Map.of("agent", created.email().value(), "role", role.name()));
            return new AgentOutcome.Created(created);
        });
    }

    public AgentOutcome deactivate(AccountId admin, AccountId agent, RequestOrigin origin) {
        return onOtherAgent(admin, agent, origin, staff::deactivate, AuditEventType.AGENT_DEACTIVATED,
                new AgentOutcome.Deactivated());
    }

    /**
     * Lets a deactivated agent log in again, with the password and second factor they had (reset the second
     * factor as well when it may be lost). Never on yourself: an admin acting is active already.
     */
    public AgentOutcome reactivate(AccountId admin, AccountId agent, RequestOrigin origin) {
        return onOtherAgent(admin, agent, origin, staff::reactivate, AuditEventType.AGENT_REACTIVATED,
                new AgentOutcome.Reactivated());
    }

    public AgentOutcome resetSecondFactor(AccountId admin, AccountId agent, RequestOrigin origin) {
        // The agent's open sessions end at their next request (session epoch): they must log in and enrol again.
        return transactions.inTransaction(() -> {
            Optional<Account> actor = activeAdmin(admin);
            if (actor.isEmpty()) {
                return new AgentOutcome.NotAllowed();
            }
            if (actor.get().id().equals(agent)) {
                return new AgentOutcome.NotOnYourself();
            }
            Optional<Account> target = staffMember(agent);
            if (target.isEmpty()) {
                return new AgentOutcome.NothingToDo();
            }
            // The administrator's action: the mail says so, without the administrator's address.
            return secondFactorEnd.end(target.get(), SecondFactorEnd.Reason.RESET_BY_ADMIN, actor.get().email().value(),
                            origin, Map.of("agent", target.get().email().value()), Map.of())
                    .<AgentOutcome>map(ended -> new AgentOutcome.SecondFactorReset())
                    .orElseGet(AgentOutcome.NothingToDo::new);
        });
    }

    /**
     * What an active admin may do to another agent, never to themselves: {@code change} reports whether it
     * changed anything, and only a change is audited.
     */
    private AgentOutcome onOtherAgent(AccountId admin, AccountId agent, RequestOrigin origin,
                                      Predicate<AccountId> change, AuditEventType event, AgentOutcome done) {
        return transactions.inTransaction(() -> {
            Optional<Account> actor = activeAdmin(admin);
            if (actor.isEmpty()) {
                return new AgentOutcome.NotAllowed();
            }
            if (actor.get().id().equals(agent)) {
                return new AgentOutcome.NotOnYourself();
            }
            Optional<Account> target = staffMember(agent);
            if (target.isEmpty() || !change.test(agent)) {
                return new AgentOutcome.NothingToDo();
            }
            record(event, agent, actor.get(), origin, Map.of("agent", target.get().email().value()));
            return done;
        });
    }

    private Optional<Account> activeAdmin(AccountId admin) {
        return admin == null ? Optional.empty()
                : accounts.findById(admin).filter(Account::isActiveAdmin);
    }

    private Optional<Account> staffMember(AccountId agent) {
        return agent == null ? Optional.empty() : accounts.findById(agent).filter(a -> a.realm() == Realm.STAFF);
    }

    private void record(AuditEventType type, AccountId subject, Account actor, RequestOrigin origin,
                        Map<String, String> details) {
        RequestOrigin from = origin == null ? RequestOrigin.unknown() : origin;
        auditLog.record(new AuditEvent(clock.instant(), type, subject, actor.email().value(), from.sourceIp(),
                from.userAgent(), details));
    }
}
