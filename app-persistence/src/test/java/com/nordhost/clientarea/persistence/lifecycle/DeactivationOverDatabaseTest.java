package com.nordhost.clientarea.persistence.lifecycle;

import static com.nordhost.clientarea.persistence.testing.OutboundMailRows.outboundMailTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.lifecycle.DeactivationOutcome;
import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.recovery.RecoveryRequests;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.nordhost.clientarea.domain.testing.MutableClock;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Deactivating and reactivating a customer over the real repositories and schema (decision 0030). */
class DeactivationOverDatabaseTest extends DatabaseTest {

    private static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.9", "JUnit");
    private static final Pattern RESET = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]{43})");
    private static final String PASSWORD = "customer-password-1";
    private static final TicketReference TICKET = TicketReference.of("NH-9100");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T09:00:00Z"));
    private DomainServices services;
    private Account agent;

    @BeforeAll
    void agent() {
        services = db.services(clock);
        agent = db.createStaff(Role.SUPPORT, uniqueEmail("agent"), "Sam Support", "agent-password-1");
    }

    private LoginOutcome logIn(Account customer, String password) {
        return services.passwordLogin().logIn(Realm.CUSTOMER, customer.email().value(), password, ORIGIN,
                BrowserTokens.NONE);
    }

    @Test
    void deactivation_refuses_login_ends_sessions_spends_links_voids_recovery_and_reactivation_restores() {
        Account customer = db.createCustomer(uniqueEmail("leaving"), "Lena Leaving", PASSWORD);
        int epoch = services.sessionEpochs().atSignIn(customer.id());
        services.passwordReset().request(customer.email().value(), ORIGIN);
        List<java.util.Map<String, String>> resetMails = outboundMailTo(db, customer.email().value(),
                "Choose a new password");
        Matcher link = RESET.matcher(resetMails.get(resetMails.size() - 1).get("body"));
        assertThat(link.find()).isTrue();
        long request = tx(() -> db.ports().recoveryRequests().create(customer.id(), customer.email().value(), true,
                "f".repeat(64), clock.instant(), clock.instant().plus(Duration.ofHours(24)), "203.0.113.9"));

        assertThat(services.customerDeactivation().deactivate(agent.id(), customer.id(), TICKET, "Contract ended",
                ORIGIN)).isEqualTo(new DeactivationOutcome.Deactivated());

        assertThat(tx(() -> db.accounts().findById(customer.id())).orElseThrow().active()).isFalse();
        assertThat(logIn(customer, PASSWORD)).isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS));
        assertThat(services.sessionEpochs().isCurrent(customer.id(), epoch)).isFalse();
        assertThat(services.passwordReset().linkWorks(link.group(1))).isFalse();
        assertThat(tx(() -> db.ports().recoveryRequests().findById(request)).orElseThrow().status())
                .isEqualTo(RecoveryRequests.Status.VOIDED);
        List<AuditEvent> events = tx(() -> db.auditLog().findBySubject(customer.id(), 20));
        assertThat(events).extracting(AuditEvent::type).contains(AuditEventType.CUSTOMER_DEACTIVATED,
                AuditEventType.RECOVERY_REQUEST_VOIDED);
        assertThat(outboundMailTo(db, customer.email().value(), "Your client area account was deactivated"))
                .hasSize(1);
        assertThat(services.customerDeactivation().deactivate(agent.id(), customer.id(), TICKET, "Again", ORIGIN))
                .isEqualTo(new DeactivationOutcome.AlreadyInactive());

        assertThat(services.customerDeactivation().reactivate(agent.id(), customer.id(), TICKET, "Back", ORIGIN))
                .isEqualTo(new DeactivationOutcome.Reactivated());
        clock.advance(Duration.ofMinutes(10));
        assertThat(logIn(customer, PASSWORD)).isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(outboundMailTo(db, customer.email().value(), "Your client area account was reactivated"))
                .hasSize(1);
    }
}
