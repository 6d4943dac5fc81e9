package com.nordhost.clientarea.domain.audit;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.nordhost.clientarea.domain.testing.DomainFixture.AGENT_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

class AuditLogQueryTest {

    private final DomainFixture f = new DomainFixture();
    private final Account admin = f.services.accountRegistration().register(Role.ADMIN,
            EmailAddress.of("ada@nordhost.se"), "Ada Admin", AGENT_PASSWORD);
    /** A customer who has the agent's address in the customer realm. */
    private final Account samTheCustomer = f.services.accountRegistration().register(Role.CUSTOMER,
            EmailAddress.of("sam@nordhost.se"), "Sam Customer", AGENT_PASSWORD);
    private final List<AuditEntry> stored = new ArrayList<>();
    private final List<String> accountReads = new ArrayList<>();

    private AuditLogQuery query() {
        AccountRepository counted = (AccountRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AccountRepository.class}, (proxy, method, args) -> {
                    accountReads.add(method.getName());
                    try {
                        return method.invoke(f.accounts, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return new AuditLogQuery(counted, (filter, before, limit) -> stored, f.transactions);
    }

    private void event(AccountId subject, String actor) {
        stored.add(new AuditEntry(stored.size() + 1, new AuditEvent(f.clock.instant(), AuditEventType.LOGIN_FAILED,
                subject, actor, "203.0.113.7", "Firefox", Map.of())));
    }

    @Test
    void each_line_names_subject_and_actor_with_one_account_read_for_the_whole_page() {
        event(f.customer.id(), f.agent.email().value());
        event(f.customer.id(), f.customer.email().value());
        event(samTheCustomer.id(), "sam@nordhost.se");
        event(null, "anonymous");
        event(new AccountId(999_999), "gone@example.com");

        List<AuditLine> lines = query().lines(admin.id(), AuditCriteria.none(), null, 50);

        assertThat(lines).extracting(AuditLine::subject).containsExactly(
                new AuditPerson("anna+hosting@example.com", "Anna Andersson"),
                new AuditPerson("anna+hosting@example.com", "Anna Andersson"),
                new AuditPerson("sam@nordhost.se", "Sam Customer"),
                AuditPerson.NOBODY,
                AuditPerson.NOBODY);
        assertThat(lines).extracting(AuditLine::actor).containsExactly(
                // Another's account: the agent, not the customer who happens to have the same address.
                new AuditPerson("sam@nordhost.se", "Sam Support"),
                new AuditPerson("anna+hosting@example.com", "Anna Andersson"),
                // Their own account: the subject.
                new AuditPerson("sam@nordhost.se", "Sam Customer"),
                new AuditPerson("anonymous", ""),
                new AuditPerson("gone@example.com", ""));
        // findById checks the reader is an admin; the people of all five lines come from one read.
        assertThat(accountReads).containsExactly("findById", "findByIdsOrEmails");
    }

    @Test
    void an_empty_page_reads_no_accounts() {
        assertThat(query().lines(admin.id(), AuditCriteria.none(), null, 50)).isEmpty();
        assertThat(accountReads).doesNotContain("findByIdsOrEmails");
    }
}
