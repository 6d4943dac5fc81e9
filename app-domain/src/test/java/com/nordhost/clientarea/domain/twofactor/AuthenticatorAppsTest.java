package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.testing.SecondFactorSteps;
import com.nordhost.clientarea.domain.account.PasswordCounter;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.confirmation.AfterPassword;
import com.nordhost.clientarea.domain.login.SecondFactorOutcome;
import com.nordhost.clientarea.domain.notification.OutboundMessage;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import com.nordhost.clientarea.domain.totp.PhoneClockOffset;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import java.time.Duration;
import java.util.Optional;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static com.nordhost.clientarea.domain.testing.DomainFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

class AuthenticatorAppsTest {

    private final DomainFixture f = new DomainFixture();
    private final AuthenticatorApps apps = f.services.authenticatorApps();
    private DomainFixture.Enrolled phone;

    @BeforeEach
    void turnOn() {
        phone = f.enrollCustomer();
    }

    @Test
    void the_wizards_app_is_the_first_one_unnamed_and_its_secret_is_no_longer_on_the_second_factor_row() {
        List<AuthenticatorAppSummary> list = apps.list(f.customer.id());

        assertThat(list).hasSize(1);
        assertThat(list.get(0).name()).isNull();
        assertThat(list.get(0).addedAt()).isEqualTo(DomainFixture.START);
        assertThat(list.get(0).lastUsedAt()).isNull();
        assertThat(f.twoFactor.find(f.customer.id()).orElseThrow().secret()).isNull();
    }

    @Test
    void an_added_app_and_the_first_both_sign_in_each_with_its_own_replay_guard() {
        TotpSecret tablet = add("Tablet");
        f.nextStep();

        assertThat(verify(f.codeNow(tablet))).isInstanceOf(SecondFactorOutcome.Passed.class);
        // The phone's code of the same step is another secret's code: its own guard has not seen that step.
        assertThat(verify(f.codeNow(phone.secret()))).isInstanceOf(SecondFactorOutcome.Passed.class);
        assertThat(verify(f.codeNow(tablet))).isEqualTo(new SecondFactorOutcome.WrongCode());
        assertThat(verify(f.codeNow(phone.secret()))).isEqualTo(new SecondFactorOutcome.WrongCode());
        assertThat(f.audit.ofType(AuditEventType.SECOND_FACTOR_FAILED)).extracting(e -> e.details().get("reason"))
                .containsExactly("replay", "replay");

        List<AuthenticatorAppSummary> list = apps.list(f.customer.id());
        assertThat(list).extracting(AuthenticatorAppSummary::name).containsExactly(null, "Tablet");
        assertThat(list).extracting(AuthenticatorAppSummary::lastUsedAt).containsOnly(f.clock.instant());
    }

    @Test
    void adding_is_audited_and_notified_by_name_and_the_confirming_code_is_spent() {
        PendingEnrollment pending = apps.startAdding(f.customer.id(), PASSWORD, ORIGIN).granted().orElseThrow();
        String code = f.codeNow(pending.secret());

        assertThat(apps.confirmAdding(f.customer.id(), "  Tablet ", code, ORIGIN))
                .isInstanceOf(AddAppOutcome.Added.class);

        assertThat(verify(code)).isEqualTo(new SecondFactorOutcome.WrongCode());
        assertThat(f.audit.ofType(AuditEventType.AUTHENTICATOR_APP_ADDED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("name", "Tablet"));
        assertThat(lastNotice().subject()).isEqualTo("An authenticator app was added");
        assertThat(lastNotice().body()).contains("\"Tablet\"");
        assertThat(f.audit.everythingWritten()).doesNotContain(pending.secret().base32(), code);
    }

    @Test
    void a_pending_app_signs_in_nobody_and_a_wrong_or_late_code_adds_nothing() {
        PendingEnrollment pending = apps.startAdding(f.customer.id(), PASSWORD, ORIGIN).granted().orElseThrow();

        assertThat(verify(f.codeNow(pending.secret()))).isEqualTo(new SecondFactorOutcome.WrongCode());
        f.nextStep();
        assertThat(apps.confirmAdding(f.customer.id(), "Tablet", f.codeStepsAway(pending.secret(), 5), ORIGIN))
                .as("a phone 2.5 minutes ahead is told so").isEqualTo(new AddAppOutcome.WrongCode(
                        Optional.of(new PhoneClockOffset(5, Duration.ofSeconds(30)))));
        assertThat(apps.confirmAdding(f.customer.id(), "Tablet", f.codeStepsAway(pending.secret(), 20), ORIGIN))
                .isEqualTo(new AddAppOutcome.WrongCode());
        assertThat(apps.confirmAdding(f.customer.id(), "Tablet", "12a", ORIGIN))
                .isInstanceOf(AddAppOutcome.MalformedCode.class);
        f.clock.advance(Enrollment.PENDING_LIFETIME.plus(Duration.ofSeconds(1)));
        assertThat(apps.confirmAdding(f.customer.id(), "Tablet", f.codeNow(pending.secret()), ORIGIN))
                .isEqualTo(new AddAppOutcome.Expired());
        assertThat(apps.list(f.customer.id())).hasSize(1);
    }

    @Test
    void a_pending_app_is_confirmed_once_even_from_two_tabs() {
        PendingEnrollment pending = apps.startAdding(f.customer.id(), PASSWORD, ORIGIN).granted().orElseThrow();
        String code = f.codeNow(pending.secret());

        assertThat(apps.confirmAdding(f.customer.id(), "Tablet", code, ORIGIN)).isInstanceOf(AddAppOutcome.Added.class);
        assertThat(apps.confirmAdding(f.customer.id(), "Tablet 2", code, ORIGIN))
                .isEqualTo(new AddAppOutcome.NotPending());
        assertThat(apps.list(f.customer.id())).hasSize(2);
    }

    @Test
    void starting_again_replaces_the_unconfirmed_secret() {
        PendingEnrollment first = apps.startAdding(f.customer.id(), PASSWORD, ORIGIN).granted().orElseThrow();
        PendingEnrollment second = apps.startAdding(f.customer.id(), PASSWORD, ORIGIN).granted().orElseThrow();

        assertThat(apps.confirmAdding(f.customer.id(), "Tablet", f.codeNow(first.secret()), ORIGIN))
                .isEqualTo(new AddAppOutcome.WrongCode());
        assertThat(apps.confirmAdding(f.customer.id(), "Tablet", f.codeNow(second.secret()), ORIGIN))
                .isInstanceOf(AddAppOutcome.Added.class);
    }

    @Test
    void names_must_be_plain_short_and_unlike_the_others() {
        add("Tablet");
        PendingEnrollment pending = apps.startAdding(f.customer.id(), PASSWORD, ORIGIN).granted().orElseThrow();
        String code = f.codeNow(pending.secret());

        assertThat(apps.confirmAdding(f.customer.id(), "   ", code, ORIGIN))
                .isEqualTo(new AddAppOutcome.InvalidName(AuthenticatorAppName.Problem.EMPTY));
        assertThat(apps.confirmAdding(f.customer.id(), "x".repeat(61), code, ORIGIN))
                .isEqualTo(new AddAppOutcome.InvalidName(AuthenticatorAppName.Problem.TOO_LONG));
        assertThat(apps.confirmAdding(f.customer.id(), "Tab\u0000let", code, ORIGIN))
                .isEqualTo(new AddAppOutcome.InvalidName(AuthenticatorAppName.Problem.CONTROL_CHARACTERS));
        assertThat(apps.confirmAdding(f.customer.id(), "tablet ", code, ORIGIN)).isEqualTo(new AddAppOutcome.NameTaken());
        // Sixty characters of any script are a name; the pending app is still there after the refusals.
        assertThat(apps.confirmAdding(f.customer.id(), "Å".repeat(60), code, ORIGIN))
                .isInstanceOf(AddAppOutcome.Added.class);
    }

    @Test
    void an_account_has_at_most_ten_apps() {
        for (int i = 2; i <= AuthenticatorApps.MAX_APPS; i++) {
            add("Device " + i);
            f.nextStep();
        }
        PendingEnrollment pending = apps.startAdding(f.customer.id(), PASSWORD, ORIGIN).granted().orElseThrow();

        assertThat(apps.confirmAdding(f.customer.id(), "One too many", f.codeNow(pending.secret()), ORIGIN))
                .isEqualTo(new AddAppOutcome.TooMany());
        assertThat(apps.list(f.customer.id())).hasSize(AuthenticatorApps.MAX_APPS);
    }

    @Test
    void adding_an_app_needs_the_password_and_a_wrong_one_is_counted_and_sets_nothing_up() {
        assertThat(apps.startAdding(f.customer.id(), "the intruder's guess", ORIGIN))
                .isEqualTo(new AfterPassword.WrongPassword<PendingEnrollment>());
        assertThat(apps.startAdding(f.customer.id(), null, ORIGIN))
                .isEqualTo(new AfterPassword.WrongPassword<PendingEnrollment>());

        assertThat(f.twoFactor.find(f.customer.id()).orElseThrow().secret()).as("no app being set up").isNull();
        assertThat(f.audit.ofType(AuditEventType.AUTHENTICATOR_APP_ADD_REFUSED)).hasSize(2)
                .allSatisfy(e -> assertThat(e.details()).containsEntry("reason", "wrong password"));
        assertThat(f.accounts.passwordFailures(f.customer.id(), PasswordCounter.TRUSTED)).isEqualTo(2);
    }

    @Test
    void nothing_can_be_added_while_two_factor_authentication_is_off() {
        f.services.disableTwoFactor().disable(f.customer.id(), PASSWORD, ORIGIN);

        assertThat(apps.startAdding(f.customer.id(), PASSWORD, ORIGIN).granted()).isEmpty();
        assertThat(apps.confirmAdding(f.customer.id(), "Tablet", "123456", ORIGIN))
                .isEqualTo(new AddAppOutcome.NotPending());
    }

    @Test
    void a_removed_app_stops_working_and_the_others_go_on() {
        TotpSecret tablet = add("Tablet");
        long phoneId = apps.list(f.customer.id()).get(0).id();
        f.nextStep();

        assertThat(apps.remove(f.customer.id(), phoneId, PASSWORD, ORIGIN)).isEqualTo(new RemoveAppOutcome.Removed());

        assertThat(verify(f.codeNow(phone.secret()))).isEqualTo(new SecondFactorOutcome.WrongCode());
        assertThat(verify(f.codeNow(tablet))).isInstanceOf(SecondFactorOutcome.Passed.class);
        assertThat(apps.list(f.customer.id())).extracting(AuthenticatorAppSummary::name).containsExactly("Tablet");
        assertThat(f.audit.ofType(AuditEventType.AUTHENTICATOR_APP_REMOVED)).hasSize(1);
        // The wizard's app has no name: the notice calls it what the screens do.
        assertThat(lastNotice().body()).contains("\"Authenticator app\"");
        assertThat(apps.remove(f.customer.id(), phoneId, PASSWORD, ORIGIN)).isEqualTo(new RemoveAppOutcome.NotFound());
    }

    @Test
    void removing_needs_the_right_password_and_is_throttled_like_every_password_check() {
        add("Tablet");
        long tabletId = apps.list(f.customer.id()).get(1).id();

        assertThat(apps.remove(f.customer.id(), tabletId, "wrong", ORIGIN))
                .isEqualTo(new RemoveAppOutcome.WrongPassword());
        RemoveAppOutcome outcome = null;
        for (int i = 0; i < 10 && !(outcome instanceof RemoveAppOutcome.TryLater); i++) {
            outcome = apps.remove(f.customer.id(), tabletId, "wrong", ORIGIN);
        }
        assertThat(outcome).isInstanceOf(RemoveAppOutcome.TryLater.class);
        // Throttled: even the right password is not checked until the wait is over.
        assertThat(apps.remove(f.customer.id(), tabletId, PASSWORD, ORIGIN)).isInstanceOf(RemoveAppOutcome.TryLater.class);
        assertThat(apps.list(f.customer.id())).hasSize(2);
        assertThat(f.audit.ofType(AuditEventType.AUTHENTICATOR_APP_REMOVE_REFUSED)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.details().get("reason")).isIn("wrong password", "password throttled"));
    }

    @Test
    void the_last_app_stays_turning_two_factor_off_is_the_way_to_stop_codes() {
        long only = apps.list(f.customer.id()).get(0).id();

        assertThat(apps.remove(f.customer.id(), only, PASSWORD, ORIGIN)).isEqualTo(new RemoveAppOutcome.LastApp());
        assertThat(verify(f.codeNow(phone.secret()))).isInstanceOf(SecondFactorOutcome.Passed.class);
    }

    @Test
    void one_customer_cannot_remove_anothers_app() {
        add("Tablet");
        long tabletId = apps.list(f.customer.id()).get(1).id();

        assertThat(apps.remove(f.agent.id(), tabletId, DomainFixture.AGENT_PASSWORD, ORIGIN))
                .isEqualTo(new RemoveAppOutcome.NotFound());
        assertThat(apps.list(f.customer.id())).hasSize(2);
    }

    @Test
    void turning_two_factor_off_removes_every_app_and_turning_it_on_again_starts_from_the_wizard() {
        TotpSecret tablet = add("Tablet");
        f.services.disableTwoFactor().disable(f.customer.id(), PASSWORD, ORIGIN);

        assertThat(apps.list(f.customer.id())).isEmpty();
        DomainFixture.Enrolled again = f.enrollCustomer();
        assertThat(apps.list(f.customer.id())).hasSize(1);
        assertThat(verify(f.codeNow(tablet))).isEqualTo(new SecondFactorOutcome.WrongCode());
        assertThat(verify(f.codeNow(again.secret()))).isInstanceOf(SecondFactorOutcome.Passed.class);
    }

    private TotpSecret add(String name) {
        PendingEnrollment pending = apps.startAdding(f.customer.id(), PASSWORD, ORIGIN).granted().orElseThrow();
        assertThat(apps.confirmAdding(f.customer.id(), name, f.codeNow(pending.secret()), ORIGIN))
                .isInstanceOf(AddAppOutcome.Added.class);
        return pending.secret();
    }

    private SecondFactorOutcome verify(String code) {
        return SecondFactorSteps.typed(f.services, f.customer.id(), code, ORIGIN);
    }

    private OutboundMessage lastNotice() {
        List<OutboundMessage> all = f.outbox.all();
        return all.get(all.size() - 1);
    }
}
