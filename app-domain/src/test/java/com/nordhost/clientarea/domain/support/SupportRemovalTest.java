package com.nordhost.clientarea.domain.support;

import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.shared.InvalidInputException;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static com.nordhost.clientarea.domain.testing.DomainFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupportRemovalTest {

    private static final TicketReference TICKET = TicketReference.of("  #48213 ");
    private static final String REASON = "Lost phone and backup code";
    private final DomainFixture f = new DomainFixture();
    private final SupportRemoval removal = f.services.supportRemoval();

    @BeforeEach
    void enroll() {
        f.enrollCustomer();
    }

    @Test
    void refused_when_the_request_came_from_another_address() {
        assertThat(removal.remove(f.agent.id(), f.customer.id(), TICKET, EmailAddress.of("anna@example.com"), REASON,
                ORIGIN)).isEqualTo(new SupportRemovalOutcome.AddressMismatch());

        assertThat(f.services.twoFactorOverview().of(f.customer.id()).enabled()).isTrue();
        assertThat(f.audit.types()).contains(AuditEventType.SUPPORT_REMOVAL_REFUSED)
                .doesNotContain(AuditEventType.TWO_FACTOR_REMOVED_BY_SUPPORT);
    }

    @Test
    void removed_when_the_request_came_from_the_registered_address_in_any_spelling() {
        assertThat(removal.remove(f.agent.id(), f.customer.id(), TICKET, EmailAddress.of(" Anna+Hosting@EXAMPLE.com "),
                REASON, ORIGIN)).isEqualTo(new SupportRemovalOutcome.Removed());

        assertThat(f.services.passwordLogin().logIn(Realm.CUSTOMER, "anna+hosting@example.com", PASSWORD, ORIGIN, BrowserTokens.NONE))
                .isInstanceOf(LoginOutcome.LoggedIn.class);
        AuditEvent event = f.audit.ofType(AuditEventType.TWO_FACTOR_REMOVED_BY_SUPPORT).get(0);
        assertThat(event.subject()).isEqualTo(f.customer.id());
        assertThat(event.actor()).isEqualTo("sam@nordhost.se");
        assertThat(event.details()).containsEntry("agent", "sam@nordhost.se").containsEntry("ticket", "#48213")
                .containsEntry("reason", REASON).containsEntry("requester", "anna+hosting@example.com");
    }

    @Test
    void a_second_agent_finds_nothing_left_to_remove() {
        EmailAddress from = EmailAddress.of("anna+hosting@example.com");
        assertThat(removal.remove(f.agent.id(), f.customer.id(), TICKET, from, REASON, ORIGIN))
                .isEqualTo(new SupportRemovalOutcome.Removed());
        assertThat(removal.remove(f.agent.id(), f.customer.id(), TICKET, from, REASON, ORIGIN))
                .isEqualTo(new SupportRemovalOutcome.NotEnabled());
    }

    @Test
    void a_reason_is_required() {
        assertThat(removal.remove(f.agent.id(), f.customer.id(), TICKET, EmailAddress.of("anna+hosting@example.com"),
                "  ", ORIGIN)).isEqualTo(new SupportRemovalOutcome.ReasonRequired());
        assertThat(f.services.twoFactorOverview().of(f.customer.id()).enabled()).isTrue();
    }

    @Test
    void only_staff_may_remove_and_only_from_customers() {
        EmailAddress from = EmailAddress.of("anna+hosting@example.com");
        assertThat(removal.remove(f.customer.id(), f.customer.id(), TICKET, from, REASON, ORIGIN))
                .isEqualTo(new SupportRemovalOutcome.NotAllowed());
        assertThat(removal.remove(f.agent.id(), f.agent.id(), TICKET, EmailAddress.of("sam@nordhost.se"), REASON, ORIGIN))
                .isEqualTo(new SupportRemovalOutcome.UnknownCustomer());
    }

    @Test
    void a_ticket_reference_is_required() {
        assertThatThrownBy(() -> TicketReference.of(" ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> TicketReference.of("x".repeat(65))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void unlock_refuses_when_nothing_is_locked_or_no_reason() {
        assertThat(f.services.secondFactorUnlock().unlock(f.agent.id(), f.customer.id(), TICKET, REASON, ORIGIN))
                .isEqualTo(new UnlockOutcome.NotLocked());
        assertThat(f.services.secondFactorUnlock().unlock(f.agent.id(), f.customer.id(), TICKET, "", ORIGIN))
                .isEqualTo(new UnlockOutcome.ReasonRequired());
        assertThat(f.services.secondFactorUnlock().unlock(f.customer.id(), f.customer.id(), TICKET, REASON, ORIGIN))
                .isEqualTo(new UnlockOutcome.NotAllowed());
    }

    @Test
    void theCheckNamesEveryMissingFieldAtOnce() {
        assertThat(removal.check(f.agent.id(), f.customer.id(), " ", "", "  ", ORIGIN)).containsExactly(
                RemovalProblem.TICKET_MISSING, RemovalProblem.REQUESTER_MISSING, RemovalProblem.REASON_MISSING);
        assertThat(removal.check(f.agent.id(), f.customer.id(), "x".repeat(65), "not an address", REASON, ORIGIN))
                .containsExactly(RemovalProblem.TICKET_INVALID, RemovalProblem.REQUESTER_INVALID);
        assertThat(f.audit.types()).doesNotContain(AuditEventType.SUPPORT_REMOVAL_REFUSED);
    }

    @Test
    void theCheckRefusesAnotherAddressBeforeConfirmationAndAuditsTheAttempt() {
        assertThat(removal.check(f.agent.id(), f.customer.id(), " ", "anna@example.com", "", ORIGIN)).containsExactly(
                RemovalProblem.TICKET_MISSING, RemovalProblem.REQUESTER_NOT_REGISTERED, RemovalProblem.REASON_MISSING);

        AuditEvent refused = f.audit.ofType(AuditEventType.SUPPORT_REMOVAL_REFUSED).get(0);
        assertThat(refused.subject()).isEqualTo(f.customer.id());
        assertThat(refused.actor()).isEqualTo("sam@nordhost.se");
        assertThat(refused.details()).containsEntry("requester", "anna@example.com").doesNotContainKey("ticket");
        assertThat(f.services.twoFactorOverview().of(f.customer.id()).enabled()).isTrue();
    }

    @Test
    void theCheckPassesARequestFromTheRegisteredAddressInAnySpelling() {
        assertThat(removal.check(f.agent.id(), f.customer.id(), TICKET.value(), " Anna+Hosting@EXAMPLE.com ", REASON,
                ORIGIN)).isEmpty();
        assertThat(f.audit.types()).doesNotContain(AuditEventType.SUPPORT_REMOVAL_REFUSED);
        assertThat(f.services.twoFactorOverview().of(f.customer.id()).enabled()).as("a check changes nothing").isTrue();
    }
}
