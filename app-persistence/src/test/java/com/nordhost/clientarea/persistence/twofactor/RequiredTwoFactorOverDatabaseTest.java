package com.nordhost.clientarea.persistence.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.support.RequirementOutcome;
import com.nordhost.clientarea.domain.support.SupportRemovalOutcome;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.nordhost.clientarea.domain.testing.MutableClock;
import com.nordhost.clientarea.domain.totp.TotpGenerator;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import com.nordhost.clientarea.domain.twofactor.PendingEnrollment;
import com.nordhost.clientarea.domain.twofactor.RequirementRecord;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRequirementSetting;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRequirements;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import com.nordhost.clientarea.persistence.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code two_factor_requirement} table (V22, decision 0046) over the real schema: each column written and read
 * back, the conditional updates, two agents requiring it at the same moment, and the whole rule through the use
 * cases (the setting reached at the first login, the wizard after the grace and after a support removal).
 */
class RequiredTwoFactorOverDatabaseTest extends DatabaseTest {

    private static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.9", "JUnit");
    private static final String PASSWORD = "customer-password-1";
    private static final TicketReference TICKET = TicketReference.of("#8080");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T09:00:10Z"));
    private DomainServices services;
    private DomainServices requiredForAll;
    private Account agent;

    @BeforeAll
    void agent() {
        services = db.services(clock);
        requiredForAll = db.services(clock, TestDatabase.testSettings().withTwoFactorRequirement(
                new TwoFactorRequirementSetting(true, Duration.ofDays(14))));
        agent = db.createStaff(Role.SUPPORT, uniqueEmail("agent"), "Sam Support", "agent-password-1");
    }

    private TwoFactorRequirements requirements() {
        return db.ports().twoFactorRequirements();
    }

    @Test
    void every_column_is_written_once_and_read_back_and_the_updates_are_conditional() {
        Account customer = db.createCustomer(uniqueEmail("columns"), "Cole Columns", PASSWORD);
        Instant t0 = clock.instant();
        assertThat(tx(() -> requirements().find(customer.id()))).isEmpty();

        tx(() -> {
            requirements().settingReached(customer.id(), t0);
            requirements().settingReached(customer.id(), t0.plusSeconds(60));
            return null;
        });
        assertThat(tx(() -> requirements().find(customer.id()))).as("reached once, the first time")
                .contains(new RequirementRecord(t0, null, null, null));

        assertThat(tx(() -> requirements().requireBySupport(customer.id(), t0.plusSeconds(5), "#8080"))).isTrue();
        assertThat(tx(() -> requirements().requireBySupport(customer.id(), t0.plusSeconds(6), "#9"))).isFalse();
        tx(() -> {
            requirements().secondFactorEnded(customer.id(), t0.plusSeconds(7));
            return null;
        });
        assertThat(tx(() -> requirements().find(customer.id())))
                .contains(new RequirementRecord(t0, t0.plusSeconds(5), "#8080", t0.plusSeconds(7)));

        assertThat(tx(() -> requirements().liftBySupport(customer.id()))).isTrue();
        assertThat(tx(() -> requirements().liftBySupport(customer.id()))).isFalse();
        assertThat(tx(() -> requirements().find(customer.id())))
                .contains(new RequirementRecord(t0, null, null, t0.plusSeconds(7)));
    }

    @Test
    void support_requires_it_and_ends_the_second_factor_for_a_row_that_did_not_exist_yet() {
        Account customer = db.createCustomer(uniqueEmail("first"), "Fia First", PASSWORD);
        tx(() -> {
            requirements().secondFactorEnded(customer.id(), clock.instant());
            return null;
        });
        assertThat(tx(() -> requirements().find(customer.id())))
                .contains(new RequirementRecord(null, null, null, clock.instant()));
    }

    @Test
    void of_two_agents_requiring_it_at_the_same_moment_one_does_it_audited_and_mailed_once() throws Exception {
        Account customer = db.createCustomer(uniqueEmail("race"), "Rasmus Race", PASSWORD);

        List<Object> results = race(2, () -> services.twoFactorRequirementDesk().require(agent.id(), customer.id(),
                TICKET, "Reseller account", ORIGIN));

        assertThat(results).filteredOn(r -> r instanceof RequirementOutcome.Required).hasSize(1);
        assertThat(results).filteredOn(r -> r instanceof RequirementOutcome.AlreadyRequired).hasSize(1);
        assertThat(tx(() -> db.auditLog().findBySubject(customer.id(), 20))).filteredOn(
                e -> e.type() == AuditEventType.TWO_FACTOR_REQUIRED_BY_SUPPORT).hasSize(1);
    }

    @Test
    void under_the_setting_the_first_login_starts_the_grace_and_after_it_or_a_removal_the_wizard_comes_first() {
        Account customer = db.createCustomer(uniqueEmail("grace"), "Greta Grace", PASSWORD);
        Instant firstLogin = clock.instant();
        assertThat(logIn(customer)).isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(tx(() -> requirements().find(customer.id()))).map(RequirementRecord::settingReachedAt)
                .contains(firstLogin);

        clock.advance(Duration.ofDays(14));
        assertThat(logIn(customer)).isInstanceOf(LoginOutcome.SecondFactorSetUpRequired.class);

        PendingEnrollment pending = requiredForAll.enrollment().start(customer.id(), ORIGIN);
        requiredForAll.enrollment().confirm(customer.id(),
                new TotpGenerator(TotpParameters.DEFAULT).codeAt(pending.secret(), clock.instant()), ORIGIN);
        clock.advance(Duration.ofSeconds(31));
        assertThat(logIn(customer)).isInstanceOf(LoginOutcome.SecondFactorRequired.class);

        assertThat(requiredForAll.supportRemoval().remove(agent.id(), customer.id(), TICKET,
                EmailAddress.of(customer.email().value()), "Lost the phone", ORIGIN))
                .isEqualTo(new SupportRemovalOutcome.Removed());
        assertThat(logIn(customer)).isInstanceOf(LoginOutcome.SecondFactorSetUpRequired.class);
        clock.advance(Duration.ofSeconds(31));
    }

    private LoginOutcome logIn(Account customer) {
        return requiredForAll.passwordLogin().logIn(Realm.CUSTOMER, customer.email().value(), PASSWORD, ORIGIN,
                BrowserTokens.NONE);
    }
}
