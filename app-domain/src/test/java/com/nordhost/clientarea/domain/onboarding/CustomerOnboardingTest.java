package com.nordhost.clientarea.domain.onboarding;

import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.crypto.RandomTokens;
import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.notification.OutboundMessage;
import com.nordhost.clientarea.domain.password.PasswordProblem;
import com.nordhost.clientarea.domain.passwordreset.ResetOutcome;
import com.nordhost.clientarea.domain.profile.CustomerDetailsOutcome.Reason;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** New customer, the invitation and its link (decision 0029). */
class CustomerOnboardingTest {

    private static final Pattern TOKEN = Pattern.compile("invitation\\?token=([A-Za-z0-9_-]{43})");
    private static final String PASSWORD = "Kärlek & 🔑 lösenord";

    private final DomainFixture f = new DomainFixture();

    private CustomerOnboarding onboarding() {
        return f.services.customerOnboarding();
    }

    private InvitationAcceptance acceptance() {
        return f.services.invitationAcceptance();
    }

    private static NewCustomer bertil(String email) {
        return new NewCustomer(" Bertil Berg ", email, "+46 8 123 45 67", "Kungsgatan 2", "111 43", "Stockholm",
                "Sverige");
    }

    private OnboardingOutcome.Created create(String email, Language language) {
        OnboardingOutcome outcome = onboarding().create(f.agent.id(), bertil(email), language, ORIGIN);
        assertThat(outcome).isInstanceOf(OnboardingOutcome.Created.class);
        return (OnboardingOutcome.Created) outcome;
    }

    private String lastLink() {
        List<OutboundMessage> mails = f.outbox.all();
        Matcher m = TOKEN.matcher(mails.get(mails.size() - 1).body());
        assertThat(m.find()).as("the mail has the link").isTrue();
        return m.group(1);
    }

    private LoginOutcome logIn(String email, String password) {
        return f.services.passwordLogin().logIn(Realm.CUSTOMER, email, password, ORIGIN, BrowserTokens.NONE);
    }

    @Test
    void an_agent_creates_a_customer_with_a_number_and_the_invitation_goes_out_in_the_chosen_language() {
        OnboardingOutcome.Created created = create("Bertil@Example.COM", Language.SWEDISH);
        assertThat(created.customerNumber()).isEqualTo("C2000001");
        String token = lastLink();
        assertThat(create("cecilia@example.com", Language.ENGLISH).customerNumber()).isEqualTo("C2000002");

        Account account = f.accounts.findById(created.account()).orElseThrow();
        assertThat(account.role()).isEqualTo(Role.CUSTOMER);
        assertThat(account.email().value()).isEqualTo("bertil@example.com");
        assertThat(account.fullName()).isEqualTo("Bertil Berg");
        assertThat(account.hasPassword()).isFalse();
        assertThat(f.accounts.findCustomerDetails(created.account()).orElseThrow().city()).isEqualTo("Stockholm");
        assertThat(f.accounts.findLanguage(created.account())).contains(Language.SWEDISH);

        OutboundMessage mail = f.outbox.all().get(0);
        assertThat(mail.recipient().value()).isEqualTo("bertil@example.com");
        assertThat(mail.subject()).startsWith("Välkommen till");
        assertThat(mail.body()).contains("7 dagar", f.settings.customerUrl() + "invitation?token=")
                .doesNotContain(ORIGIN.sourceIp());
        assertThat(f.passwordResets.all().get(0).tokenHash).isEqualTo(RandomTokens.sha256Hex(token));
        assertThat(f.audit.everythingWritten()).doesNotContain(token);
        assertThat(f.audit.ofType(AuditEventType.CUSTOMER_CREATED).get(0).actor()).isEqualTo("sam@nordhost.se");
        assertThat(f.audit.ofType(AuditEventType.INVITATION_SENT)).hasSize(2);
        assertThat(f.outbox.all().get(1).subject()).startsWith("Welcome to the");
    }

    @Test
    void an_address_taken_in_any_letter_case_is_refused_and_nothing_is_stored() {
        create("bertil@example.com", Language.ENGLISH);
        long accounts = f.accounts.count();
        assertThat(onboarding().create(f.agent.id(), bertil("BERTIL@example.com"), Language.ENGLISH, ORIGIN))
                .isEqualTo(new OnboardingOutcome.EmailTaken());
        assertThat(onboarding().create(f.agent.id(), bertil("Anna+Hosting@Example.com"), Language.ENGLISH, ORIGIN))
                .isEqualTo(new OnboardingOutcome.EmailTaken());
        assertThat(f.accounts.count()).isEqualTo(accounts);
        assertThat(f.outbox.all()).hasSize(1);
    }

    @Test
    void invalid_details_are_refused_with_the_field_and_the_reason_of_my_details() {
        record Case(NewCustomer details, String field, Reason reason) {
        }
        String longName = "x".repeat(201);
        for (Case c : List.of(
                new Case(new NewCustomer(" ", "b@example.com", "", "", "", "", ""), "fullName", Reason.REQUIRED),
                new Case(new NewCustomer(longName, "b@example.com", "", "", "", "", ""), "fullName", Reason.TOO_LONG),
                new Case(new NewCustomer("Bertil", "", "", "", "", "", ""), "email", Reason.REQUIRED),
                new Case(new NewCustomer("Bertil", "not an address", "", "", "", "", ""), "email", Reason.FORMAT),
                new Case(new NewCustomer("Bertil", "b@example.com", "call me", "", "", "", ""), "phone",
                        Reason.FORMAT),
                new Case(new NewCustomer("Bertil", "b@example.com", "", "Gatan\n1", "", "", ""), "street",
                        Reason.CONTROL_CHARACTERS),
                new Case(new NewCustomer("Bertil", "b@example.com", "", "", "#1", "", ""), "postalCode",
                        Reason.FORMAT))) {
            assertThat(onboarding().create(f.agent.id(), c.details(), Language.ENGLISH, ORIGIN))
                    .as(c.field()).isEqualTo(new OnboardingOutcome.Invalid(c.field(), c.reason()));
        }
        assertThat(f.outbox.all()).isEmpty();
    }

    @Test
    void only_an_active_agent_may_create() {
        assertThat(onboarding().create(f.customer.id(), bertil("b@example.com"), Language.ENGLISH, ORIGIN))
                .isEqualTo(new OnboardingOutcome.NotAllowed());
        assertThat(onboarding().create(null, bertil("b@example.com"), Language.ENGLISH, ORIGIN))
                .isEqualTo(new OnboardingOutcome.NotAllowed());
        assertThat(f.accounts.findByEmail(Realm.CUSTOMER, EmailAddress.of("b@example.com"))).isEmpty();
    }

    @Test
    void nobody_can_sign_in_before_the_invitation_is_accepted_and_it_looks_like_a_wrong_password() {
        create("bertil@example.com", Language.ENGLISH);
        assertThat(logIn("bertil@example.com", "")).isEqualTo(
                new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS));
        assertThat(logIn("bertil@example.com", Account.NO_PASSWORD)).isEqualTo(
                new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS));
        assertThat(logIn("bertil@example.com", PASSWORD)).isEqualTo(
                new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS));
    }

    @Test
    void accepting_sets_the_password_once_then_login_works() {
        AccountId bertil = create("bertil@example.com", Language.ENGLISH).account();
        String token = lastLink();
        assertThat(acceptance().check(token)).isEqualTo(LinkState.VALID);
        assertThat(acceptance().accept(token, "short", ORIGIN))
                .isEqualTo(new AcceptOutcome.Rejected(List.of(PasswordProblem.TOO_SHORT)));
        assertThat(acceptance().accept(token, PASSWORD, ORIGIN)).isEqualTo(new AcceptOutcome.Accepted());
        assertThat(logIn("bertil@example.com", PASSWORD)).isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(f.audit.ofType(AuditEventType.INVITATION_ACCEPTED).get(0).subject()).isEqualTo(bertil);

        assertThat(acceptance().check(token)).as("single use").isEqualTo(LinkState.INVALID);
        assertThat(acceptance().accept(token, "another long password", ORIGIN))
                .isEqualTo(new AcceptOutcome.InvalidLink());
        assertThat(logIn("bertil@example.com", PASSWORD)).isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(onboarding().resendInvitation(f.agent.id(), bertil, ORIGIN))
                .isEqualTo(ResendOutcome.ALREADY_ACCEPTED);
        assertThat(onboarding().invitation(f.agent.id(), bertil).orElseThrow().accepted()).isTrue();
    }

    @Test
    void the_link_expires_after_seven_days_and_a_new_one_can_be_asked_for_from_the_page() {
        AccountId bertil = create("bertil@example.com", Language.ENGLISH).account();
        String token = lastLink();
        f.clock.advance(Duration.ofDays(7).minusSeconds(1));
        assertThat(acceptance().check(token)).isEqualTo(LinkState.VALID);
        f.clock.advance(Duration.ofSeconds(1));
        assertThat(acceptance().check(token)).isEqualTo(LinkState.EXPIRED);
        assertThat(acceptance().accept(token, PASSWORD, ORIGIN)).isEqualTo(new AcceptOutcome.Expired());
        assertThat(onboarding().invitation(f.agent.id(), bertil).orElseThrow().expired()).isTrue();

        acceptance().requestNew(token, ORIGIN);
        String fresh = lastLink();
        assertThat(fresh).isNotEqualTo(token);
        assertThat(f.audit.ofType(AuditEventType.INVITATION_RESENT).get(0).details()).containsEntry("by", "customer");
        assertThat(acceptance().check(token)).as("the old link is spent").isEqualTo(LinkState.INVALID);
        int mails = f.outbox.all().size();
        acceptance().requestNew(token, ORIGIN);
        assertThat(f.outbox.all()).as("an old link asks only once").hasSize(mails);
        assertThat(acceptance().accept(fresh, PASSWORD, ORIGIN)).isEqualTo(new AcceptOutcome.Accepted());
    }

    @Test
    void resending_spends_the_old_link() {
        AccountId bertil = create("bertil@example.com", Language.ENGLISH).account();
        String first = lastLink();
        f.clock.advance(Duration.ofDays(1));
        assertThat(onboarding().resendInvitation(f.agent.id(), bertil, ORIGIN)).isEqualTo(ResendOutcome.SENT);
        String second = lastLink();
        assertThat(acceptance().check(first)).isEqualTo(LinkState.INVALID);
        assertThat(acceptance().accept(first, PASSWORD, ORIGIN)).isEqualTo(new AcceptOutcome.InvalidLink());
        InvitationStatus status = onboarding().invitation(f.agent.id(), bertil).orElseThrow();
        assertThat(status.sentAt()).isEqualTo(f.clock.instant());
        assertThat(status.expiresAt()).isEqualTo(f.clock.instant().plus(Duration.ofDays(7)));
        assertThat(status.accepted()).isFalse();
        assertThat(acceptance().accept(second, PASSWORD, ORIGIN)).isEqualTo(new AcceptOutcome.Accepted());
        assertThat(onboarding().resendInvitation(f.customer.id(), bertil, ORIGIN)).isEqualTo(ResendOutcome.NOT_ALLOWED);
    }

    @Test
    void forgot_password_works_for_an_invited_customer_and_a_reset_link_is_no_invitation() {
        create("bertil@example.com", Language.ENGLISH);
        String invitation = lastLink();
        f.clock.advance(Duration.ofDays(8));
        f.services.passwordReset().request("bertil@example.com", ORIGIN);
        Matcher m = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]{43})")
                .matcher(f.outbox.all().get(f.outbox.all().size() - 1).body());
        assertThat(m.find()).isTrue();
        String reset = m.group(1);
        assertThat(acceptance().check(reset)).as("a reset link is no invitation").isEqualTo(LinkState.INVALID);
        assertThat(f.services.passwordReset().linkWorks(invitation)).isFalse();
        assertThat(f.services.passwordReset().reset(reset, PASSWORD, ORIGIN)).isEqualTo(new ResetOutcome.Changed());
        assertThat(logIn("bertil@example.com", PASSWORD)).isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(acceptance().check(invitation)).isEqualTo(LinkState.INVALID);
    }
}
