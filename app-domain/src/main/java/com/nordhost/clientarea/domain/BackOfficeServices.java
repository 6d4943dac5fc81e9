package com.nordhost.clientarea.domain;


import com.nordhost.clientarea.domain.audit.AuditLogQuery;
import com.nordhost.clientarea.domain.audit.AuditSearch;
import com.nordhost.clientarea.domain.customers.CustomerDirectory;
import com.nordhost.clientarea.domain.customers.CustomerSearch;
import com.nordhost.clientarea.domain.notification.Outbox;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.staff.AgentAdministration;
import com.nordhost.clientarea.domain.staff.StaffDirectory;
import com.nordhost.clientarea.domain.support.SupportDesk;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRepository;
import java.time.Clock;

/**
 * The back-office use cases, built on top of {@link DomainServices} with the back-office's own ports:
 * {@code BackOfficeServices.create(domain, customers, auditSearch, outbox, staff, twoFactor, transactions, clock, company)}.
 */
public final class BackOfficeServices {

    private final DomainServices domain;
    private final CustomerSearch customerSearch;
    private final SupportDesk supportDesk;
    private final AuditLogQuery auditLogQuery;
    private final AgentAdministration agentAdministration;

    private BackOfficeServices(DomainServices domain, CustomerDirectory customers, AuditSearch auditSearch,
                               Outbox outbox, StaffDirectory staff, TwoFactorRepository twoFactor,
                               Transactions transactions, Clock clock, String companyName) {
        this.domain = domain;
        this.customerSearch = new CustomerSearch(customers, transactions);
        this.supportDesk = new SupportDesk(domain.accounts(), domain.auditLog(), domain.supportRemoval(),
                domain.secondFactorUnlock(), domain.twoFactorOverview(), outbox, transactions, clock, companyName);
        this.auditLogQuery = new AuditLogQuery(domain.accounts(), auditSearch, transactions);
        this.agentAdministration = new AgentAdministration(domain.accounts(), domain.accountRegistration(), staff,
                twoFactor, domain.auditLog(), transactions, clock);
    }

    public static BackOfficeServices create(DomainServices domain, CustomerDirectory customers,
                                            AuditSearch auditSearch, Outbox outbox, StaffDirectory staff,
                                            TwoFactorRepository twoFactor, Transactions transactions, Clock clock,
                                            String companyName) {
        return new BackOfficeServices(domain, customers, auditSearch, outbox, staff, twoFactor, transactions, clock,
                companyName);
    }

    public DomainServices domain() {
        return domain;
    }

    public CustomerSearch customerSearch() {
        return customerSearch;
    }

    public SupportDesk supportDesk() {
        return supportDesk;
    }

    public AuditLogQuery auditLogQuery() {
        return auditLogQuery;
    }

    public AgentAdministration agentAdministration() {
        return agentAdministration;
    }
}
