package com.nordhost.clientarea.persistence.backoffice;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditCursor;
import com.nordhost.clientarea.domain.audit.AuditEntry;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditFilter;
import com.nordhost.clientarea.domain.notification.OutboundMessage;
import com.nordhost.clientarea.persistence.audit.JpaAuditSearch;
import com.nordhost.clientarea.persistence.mail.MailOutbox;
import com.nordhost.clientarea.persistence.staff.JpaStaffDirectory;
import com.nordhost.clientarea.persistence.testing.OutboundMailRows;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The back-office's own repositories over the real database (H2 here; {@link PostgresBackOfficeRepositoriesTest}
 * on PostgreSQL): the audit search with its filters and keyset pages, the outbox, the staff directory.
 */
class BackOfficeRepositoriesTest extends DatabaseTest {

    /** Audit events of these tests lie in 2001, apart from anything else in the table. */
    private static final Instant T0 = Instant.parse("2001-05-01T10:00:00.123Z");

    @Test
    void audit_search_pages_newest_first_with_ties_broken_by_id_and_filters() {
        AccountId anna = new AccountId(9_000_001);
        AccountId bo = new AccountId(9_000_002);
        // Two events at the same instant: the keyset cursor must keep them apart by id.
        record(T0, AuditEventType.LOGIN_SUCCEEDED, anna, "anna@example.com");
        record(T0.plusSeconds(60), AuditEventType.LOGIN_FAILED, anna, "anonymous");
        record(T0.plusSeconds(60), AuditEventType.SECOND_FACTOR_PASSED, anna, "anna@example.com");
        record(T0.plusSeconds(120), AuditEventType.TWO_FACTOR_REMOVED_BY_SUPPORT, bo, "agent@example.com");
        record(T0.plusSeconds(180), AuditEventType.LOGIN_SUCCEEDED, bo, "bo@example.com");
        record(T0.plusSeconds(240), AuditEventType.SECOND_FACTOR_UNLOCKED, anna, "agent@example.com");
        AuditFilter year2001 = new AuditFilter(null, null, null, T0, Instant.parse("2002-01-01T00:00:00Z"));
        JpaAuditSearch search = new JpaAuditSearch(db.transactions());

        List<AuditEntry> all = tx(() -> search.search(year2001, null, 100));
        assertThat(all).extracting(e -> e.event().type()).containsExactly(AuditEventType.SECOND_FACTOR_UNLOCKED,
                AuditEventType.LOGIN_SUCCEEDED, AuditEventType.TWO_FACTOR_REMOVED_BY_SUPPORT,
                AuditEventType.SECOND_FACTOR_PASSED, AuditEventType.LOGIN_FAILED, AuditEventType.LOGIN_SUCCEEDED);
        assertThat(all.get(5).event().at()).isEqualTo(T0);
        assertThat(all.get(5).event().details()).containsEntry("ticket", "#48213");

        List<AuditEntry> paged = new ArrayList<>();
        AuditCursor before = null;
        for (int page = 0; page < 10; page++) {
            AuditCursor cursor = before;
            List<AuditEntry> hits = tx(() -> search.search(year2001, cursor, 2));
            if (hits.isEmpty()) {
                break;
            }
            paged.addAll(hits);
            before = hits.get(hits.size() - 1).position();
        }
        assertThat(paged).extracting(AuditEntry::id).containsExactlyElementsOf(all.stream().map(AuditEntry::id).toList());

        assertThat(tx(() -> search.search(new AuditFilter(bo, null, null, T0, null), null, 100)))
                .extracting(e -> e.event().type())
                .containsExactly(AuditEventType.LOGIN_SUCCEEDED, AuditEventType.TWO_FACTOR_REMOVED_BY_SUPPORT);
        assertThat(tx(() -> search.search(new AuditFilter(null, "agent@example.com", null, T0, null), null, 100)))
                .extracting(e -> e.event().subject()).containsExactly(anna, bo);
        assertThat(tx(() -> search.search(new AuditFilter(null, null, AuditEventType.LOGIN_SUCCEEDED, T0, null),
                null, 100))).extracting(e -> e.event().actor()).containsExactly("bo@example.com", "anna@example.com");
        // from is inclusive, to exclusive
        assertThat(tx(() -> search.search(new AuditFilter(null, null, null, T0.plusSeconds(60), T0.plusSeconds(180)),
                null, 100))).hasSize(3);
    }

    @Test
    void the_outbox_keeps_a_queued_message_unsent_with_its_text_intact() throws Exception {
        String recipient = uniqueEmail("åsa");
        Instant created = Instant.parse("2026-03-02T09:15:30.250Z");
        String longSubject = "Tvåfaktorsautentiseringen är borttagen – " + "x".repeat(400);
        tx(() -> {
            new MailOutbox(db.transactions()).enqueue(new OutboundMessage(EmailAddress.of(recipient), longSubject,
                    "Hej Åsa Öberg!\n\nVår support har tagit bort tvåfaktorsautentiseringen.", created));
            return null;
        });

        List<Map<String, String>> mail = OutboundMailRows.outboundMailTo(db, recipient);
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).get("subject")).hasSize(300).startsWith("Tvåfaktorsautentiseringen är borttagen – ");
        assertThat(mail.get(0).get("body")).isEqualTo("Hej Åsa Öberg!\n\nVår support har tagit bort tvåfaktorsautentiseringen.");
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT created_at, sent_at, attempts FROM outbound_mail WHERE recipient = ?")) {
            s.setString(1, recipient);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getObject(1, OffsetDateTime.class).toInstant()).isEqualTo(created);
                assertThat(rs.getObject(2)).as("unsent").isNull();
                assertThat(rs.getInt(3)).isZero();
            }
        }
    }

    @Test
    void the_staff_directory_lists_agents_active_first_and_deactivates_once() {
        Account zed = db.createStaff(Role.ADMIN, uniqueEmail("zed"), "Zed Admin", "agent-password-1");
        Account amy = db.createStaff(Role.SUPPORT, uniqueEmail("amy"), "Amy Support", "agent-password-1");
        Account customer = db.createCustomer(uniqueEmail("amy"), "Amy Customer", "correct horse 1");
        JpaStaffDirectory staff = new JpaStaffDirectory(db.transactions());

        assertThat(tx(() -> staff.deactivate(amy.id()))).isTrue();
        assertThat(tx(() -> staff.deactivate(amy.id()))).as("already inactive").isFalse();
        assertThat(tx(() -> staff.deactivate(customer.id()))).as("not staff").isFalse();

        List<Account> listed = tx(staff::listStaff);
        assertThat(listed).extracting(Account::id).contains(zed.id(), amy.id()).doesNotContain(customer.id());
        assertThat(listed.indexOf(find(listed, zed))).isLessThan(listed.indexOf(find(listed, amy)));
        List<String> activeEmails = listed.stream().filter(Account::active).map(a -> a.email().value()).toList();
        assertThat(activeEmails).isSorted();
        Account listedZed = find(listed, zed);
        assertThat(listedZed.role()).isEqualTo(Role.ADMIN);
        assertThat(listedZed.fullName()).isEqualTo("Zed Admin");
        assertThat(listedZed.active()).isTrue();
        assertThat(listedZed.createdAt()).isNotNull();
        assertThat(listedZed.passwordHash()).as("the hash stays in the database").isEmpty();
        assertThat(find(listed, amy).active()).isFalse();
        assertThat(tx(() -> db.accounts().findById(amy.id()))).get().extracting(Account::active).isEqualTo(false);
    }

    @Test
    void the_staff_directory_reactivates_a_deactivated_agent_once() {
        Account amy = db.createStaff(Role.SUPPORT, uniqueEmail("amy"), "Amy Support", "agent-password-1");
        Account customer = db.createCustomer(uniqueEmail("amy"), "Amy Customer", "correct horse 1");
        JpaStaffDirectory staff = new JpaStaffDirectory(db.transactions());

        assertThat(tx(() -> staff.reactivate(amy.id()))).as("active already").isFalse();
        assertThat(tx(() -> staff.deactivate(amy.id()))).isTrue();
        assertThat(tx(() -> staff.reactivate(amy.id()))).isTrue();
        assertThat(tx(() -> staff.reactivate(amy.id()))).as("reactivated already").isFalse();
        assertThat(tx(() -> staff.reactivate(customer.id()))).as("not staff").isFalse();
        assertThat(tx(() -> db.accounts().findById(amy.id()))).get().extracting(Account::active).isEqualTo(true);
    }

    private static Account find(List<Account> accounts, Account wanted) {
        return accounts.stream().filter(a -> a.id().equals(wanted.id())).findFirst().orElseThrow();
    }

    private void record(Instant at, AuditEventType type, AccountId subject, String actor) {
        tx(() -> {
            db.auditLog().record(new AuditEvent(at, type, subject, actor, "192.0.2.10", "JUnit",
                    Map.of("ticket", "#48213")));
            return null;
        });
    }
}
