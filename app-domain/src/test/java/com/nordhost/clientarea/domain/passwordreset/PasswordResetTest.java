package com.nordhost.clientarea.domain.passwordreset;

import java.util.ArrayList;
import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.crypto.RandomTokens;
import com.nordhost.clientarea.domain.testing.SecondFactorSteps;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.notification.OutboundMessage;
import com.nordhost.clientarea.domain.password.PasswordProblem;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static com.nordhost.clientarea.domain.testing.DomainFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** "Forgot your password?": the link's rules. */
class PasswordResetTest {

    private static final String NEW_PASSWORD = "my new long password";
    private static final Pattern TOKEN = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]{43})");

    private final DomainFixture f = new DomainFixture();

    private PasswordReset reset() {
        return f.services.passwordReset();
    }

    private String requestAndReadLink() {
        int before = f.outbox.all().size();
        reset().request(f.customer.email().value(), ORIGIN);
        assertThat(f.outbox.all()).hasSize(before + 1);
        OutboundMessage mail = f.outbox.all().get(before);
        assertThat(mail.recipient()).isEqualTo(f.customer.email());
        Matcher m = TOKEN.matcher(mail.body());
        assertThat(m.find()).as("the mail has the link").isTrue();
        return m.group(1);
    }

    @Test
    void a_link_to_the_registered_address_sets_a_new_password_once_and_the_customer_is_told() {
        String token = requestAndReadLink();
        OutboundMessage mail = f.outbox.all().get(0);
        assertThat(mail.subject()).isEqualTo("Choose a new password");
        assertThat(mail.body()).contains(f.settings.customerUrl() + "reset-password?token=" + token, "60 minutes");
        assertThat(f.passwordResets.all().get(0).tokenHash).as("only the hash is stored")
                .isEqualTo(RandomTokens.sha256Hex(token)).doesNotContain(token);
        assertThat(f.audit.everythingWritten()).doesNotContain(token);

        assertThat(reset().linkWorks(token)).isTrue();
        assertThat(reset().reset(token, NEW_PASSWORD, ORIGIN)).isEqualTo(new ResetOutcome.Changed());
        assertThat(f.services.passwordLogin().logIn(Realm.CUSTOMER, f.customer.email().value(), NEW_PASSWORD, ORIGIN, BrowserTokens.NONE))
                .isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(f.outbox.all()).hasSize(2);
        assertThat(f.outbox.all().get(1).subject()).isEqualTo("Your password was reset by link");
        assertThat(f.audit.ofType(AuditEventType.PASSWORD_RESET_BY_LINK)).hasSize(1);

        assertThat(reset().linkWorks(token)).as("single use").isFalse();
        assertThat(reset().reset(token, "yet another long password", ORIGIN)).isEqualTo(new ResetOutcome.InvalidLink());
    }

    @Test
    void two_factor_stays_on_and_is_asked_at_the_next_login() {
        f.enrollCustomer();
        String token = requestAndReadLink();
        assertThat(reset().reset(token, NEW_PASSWORD, ORIGIN)).isEqualTo(new ResetOutcome.Changed());
        assertThat(f.services.passwordLogin().logIn(Realm.CUSTOMER, f.customer.email().value(), NEW_PASSWORD, ORIGIN, BrowserTokens.NONE))
                .isEqualTo(SecondFactorSteps.required(f.services, f.customer.id()));
    }

    @Test
    void an_expired_link_is_refused() {
        String token = requestAndReadLink();
        f.clock.advance(PasswordReset.VALIDITY);
        assertThat(reset().linkWorks(token)).isFalse();
        assertThat(reset().reset(token, NEW_PASSWORD, ORIGIN)).isEqualTo(new ResetOutcome.InvalidLink());
        assertThat(f.services.passwordLogin().logIn(Realm.CUSTOMER, f.customer.email().value(), PASSWORD, ORIGIN, BrowserTokens.NONE))
                .as("the old password still works").isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void a_wrong_or_malformed_token_is_refused() {
        String token = requestAndReadLink();
        String wrong = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
        for (String bad : new String[] {wrong, "", null, "short", token + "x", token.substring(0, 42) + "!"}) {
            assertThat(reset().linkWorks(bad)).isFalse();
            assertThat(reset().reset(bad, NEW_PASSWORD, ORIGIN)).isEqualTo(new ResetOutcome.InvalidLink());
        }
        assertThat(reset().linkWorks(token)).as("the right link still works").isTrue();
    }

    @Test
    void a_weak_new_password_is_rejected_and_the_link_keeps_working() {
        String token = requestAndReadLink();
        assertThat(reset().reset(token, "short", ORIGIN))
                .isEqualTo(new ResetOutcome.Rejected(List.of(PasswordProblem.TOO_SHORT)));
        assertThat(reset().linkWorks(token)).isTrue();
    }

    @Test
    void a_reset_ends_every_other_link_of_the_account() {
        String first = requestAndReadLink();
        String second = requestAndReadLink();
        assertThat(reset().reset(second, NEW_PASSWORD, ORIGIN)).isEqualTo(new ResetOutcome.Changed());
        assertThat(reset().linkWorks(first)).isFalse();
    }

    @Test
    void an_unknown_address_gets_no_mail_and_the_same_answer() {
        reset().request("nobody@example.com", ORIGIN);
        reset().request("not an address", ORIGIN);
        reset().request(f.agent.email().value(), ORIGIN);
        assertThat(f.outbox.all()).as("nothing sent; the caller answers the same").isEmpty();
        assertThat(f.audit.all()).isEmpty();
        assertThat(f.passwordResets.all()).as("counted for the per-IP throttle").hasSize(3)
                .allSatisfy(r -> assertThat(r.tokenHash).isNull());
    }

    @Test
    void links_are_throttled_per_account_and_requests_per_ip_address() {
        for (int i = 0; i < PasswordReset.PER_ACCOUNT_PER_HOUR + 2; i++) {
            reset().request(f.customer.email().value(), new RequestOrigin("198.51.100." + i, "Firefox"));
        }
        assertThat(f.outbox.all()).hasSize(PasswordReset.PER_ACCOUNT_PER_HOUR);
        f.clock.advance(Duration.ofMinutes(61));
        reset().request(f.customer.email().value(), ORIGIN);
        assertThat(f.outbox.all()).as("an hour later again").hasSize(PasswordReset.PER_ACCOUNT_PER_HOUR + 1);

        f.clock.advance(Duration.ofMinutes(61));
        RequestOrigin one = new RequestOrigin("192.0.2.50", "curl");
        for (int i = 0; i < PasswordReset.PER_IP_PER_HOUR; i++) {
            reset().request("someone" + i + "@example.com", one);
        }
        reset().request(f.customer.email().value(), one);
        assertThat(f.outbox.all()).as("the IP address used up its requests").hasSize(
                PasswordReset.PER_ACCOUNT_PER_HOUR + 1);
    }

    @Test
    void the_answer_comes_before_any_work_so_a_known_address_answers_as_fast_as_an_unknown_one() {
        List<Runnable> afterTheAnswer = new ArrayList<>();
        DomainServices services = DomainServices.create(f.ports, f.clock, f.keyRing, f.settings, afterTheAnswer::add);
        int mails = f.outbox.all().size();
        int audits = f.audit.all().size();

        services.passwordReset().request(f.customer.email().value(), ORIGIN);
        services.passwordReset().request("nobody@example.com", ORIGIN);

        assertThat(f.outbox.all()).as("nothing done before the answer, for either address").hasSize(mails);
        assertThat(f.audit.all()).hasSize(audits);
        assertThat(afterTheAnswer).as("the same work waits for both").hasSize(2);

        afterTheAnswer.forEach(Runnable::run);
        assertThat(f.outbox.all()).as("the known address gets its link afterwards").hasSize(mails + 1);
        assertThat(f.outbox.all().get(mails).recipient()).isEqualTo(f.customer.email());
    }
}
