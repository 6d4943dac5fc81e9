package com.nordhost.clientarea.domain.notification;

import com.nordhost.clientarea.domain.testing.SecondFactorSteps;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.login.SecondFactorOutcome;
import com.nordhost.clientarea.domain.profile.CustomerDetailsOutcome;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import com.nordhost.clientarea.domain.twofactor.PendingEnrollment;
import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static com.nordhost.clientarea.domain.testing.DomainFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every authenticator change yields exactly one notice (two for an e-mail change), in the account's language. */
class SecurityNoticesTest {

    private final DomainFixture f = new DomainFixture();
    private final EmailAddress support = EmailAddress.of(f.settings.supportEmail());

    private List<OutboundMessage> mail() {
        return f.outbox.all();
    }

    private OutboundMessage onlyNew(int before) {
        List<OutboundMessage> all = mail();
        assertThat(all).as("exactly one new notice").hasSize(before + 1);
        OutboundMessage m = all.get(before);
        assertThat(m.replyTo()).isEqualTo(support);
        assertThat(m.recipient()).isEqualTo(f.customer.email());
        assertThat(m.body()).doesNotContain(PASSWORD);
        return m;
    }

    @Test
    void turning_two_factor_on_is_told_with_time_ip_and_browser() {
        f.enrollCustomer();

        OutboundMessage m = onlyNew(0);
        assertThat(m.subject()).isEqualTo("Two-factor authentication was turned on");
        // 09:00 UTC is 10:00 in Stockholm in March.
        assertThat(m.body()).startsWith("Hello Anna Andersson,")
                .contains("March 2, 2026", "10:00", "UTC+01:00", "IP address: 203.0.113.7", "Browser: Firefox",
                        "If this was not you, reply to this message");
    }

    @Test
    void a_mail_names_the_browser_by_its_short_name_never_the_text_the_sender_chose() {
        String bait = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0 URGENT: your account is suspended, call"
                + " +46 8 123 456 or visit https://nordhost-support.example to restore it";
        f.services.passwordChange().change(f.customer.id(), PASSWORD, "a brand new long password",
                new RequestOrigin("203.0.113.7", bait));

        OutboundMessage m = onlyNew(0);
        assertThat(m.body()).contains("Browser: Firefox on Linux").doesNotContain("URGENT", "nordhost-support",
                "123 456");
    }

    @Test
    void turning_off_renewing_the_backup_code_and_changing_the_password_each_send_one_notice() {
        f.enrollCustomer();
        f.services.backupCodeRenewal().renew(f.customer.id(), PASSWORD, ORIGIN);
        assertThat(onlyNew(1).subject()).isEqualTo("A new backup code was made");

        f.services.disableTwoFactor().disable(f.customer.id(), PASSWORD, ORIGIN);
        assertThat(onlyNew(2).subject()).isEqualTo("Two-factor authentication was turned off");

        f.services.passwordChange().change(f.customer.id(), PASSWORD, "a brand new long password", ORIGIN);
        assertThat(onlyNew(3).subject()).isEqualTo("Your password was changed");

        f.services.disableTwoFactor().disable(f.customer.id(), PASSWORD, ORIGIN);
        f.services.passwordChange().change(f.customer.id(), "wrong password!!", "another long password", ORIGIN);
        assertThat(mail()).as("nothing changed, nothing sent").hasSize(4);
    }

    @Test
    void a_backup_code_sign_in_says_a_new_code_was_shown() {
        DomainFixture.Enrolled enrolled = f.enrollCustomer();
        assertThat(SecondFactorSteps.typed(f.services, f.customer.id(), enrolled.backupCode().value(), ORIGIN))
                .isInstanceOf(SecondFactorOutcome.PassedWithBackupCode.class);

        OutboundMessage m = onlyNew(1);
        assertThat(m.subject()).isEqualTo("Your backup code was used to sign in");
        assertThat(m.body()).contains("a new backup code was shown once");
    }

    @Test
    void the_lock_after_failed_codes_is_told_once_and_support_unlocking_names_the_ticket_not_the_agent() {
        f.enrollCustomer();
        SecondFactorOutcome last = null;
        for (int i = 0; i < 100; i++) {
            f.clock.advance(Duration.ofDays(1));
            last = SecondFactorSteps.typed(f.services, f.customer.id(), "000000", ORIGIN);
        }
        assertThat(last).isInstanceOf(SecondFactorOutcome.Locked.class);
        SecondFactorSteps.typed(f.services, f.customer.id(), "000000", ORIGIN);
        assertThat(onlyNew(1).subject()).isEqualTo("Two-factor sign-in is locked");

        f.services.supportDesk().unlockSecondFactor(f.agent.id(), f.customer.id(), TicketReference.of("NH-77"),
                "Verified by phone", new RequestOrigin("10.0.0.5", "AgentBrowser/1"));
        OutboundMessage unlocked = onlyNew(2);
        assertThat(unlocked.subject()).isEqualTo("Two-factor sign-in was unlocked");
        assertThat(unlocked.body()).contains("NH-77").doesNotContain("Sam", "sam@nordhost.se", "10.0.0.5",
                "AgentBrowser");
    }

    @Test
    void support_removal_names_the_ticket_never_the_agent() {
        f.enrollCustomer();
        f.services.supportDesk().removeSecondFactor(f.agent.id(), f.customer.id(), TicketReference.of("NH-4711"),
                f.customer.email(), "Lost phone and backup code", new RequestOrigin("10.0.0.5", "AgentBrowser/1"));

        OutboundMessage m = onlyNew(1);
        assertThat(m.subject()).isEqualTo("Two-factor authentication was turned off");
        assertThat(m.body()).contains("NH-4711", "Done by: Nordhost support").doesNotContain("Sam", "10.0.0.5");
    }

    @Test
    void an_admin_resetting_an_agents_second_factor_tells_the_agent_without_naming_the_admin() {
        Account admin = f.services.accountRegistration().register(Role.ADMIN, EmailAddress.of("ada@nordhost.se"),
                "Ada Admin", "Ada's long password");
        PendingEnrollment pending = f.services.enrollment().start(f.agent.id(), ORIGIN);
        f.services.enrollment().confirm(f.agent.id(), f.codeNow(pending.secret()), ORIGIN);
        assertThat(mail()).hasSize(1);

        f.services.agentAdministration().resetSecondFactor(admin.id(), f.agent.id(),
                new RequestOrigin("10.0.0.9", "AdminBrowser/2"));
        assertThat(mail()).hasSize(2);
        OutboundMessage m = mail().get(1);
        assertThat(m.recipient()).isEqualTo(f.agent.email());
        assertThat(m.subject()).isEqualTo("Your two-factor authentication was reset");
        assertThat(m.body()).contains("back-office administrator").doesNotContain("Ada", "10.0.0.9", "AdminBrowser");
    }

    @Test
    void an_e_mail_change_tells_the_old_and_the_new_address() {
        CustomerDetails now = f.services.customerDetailsChange().current(f.customer.id());
        CustomerDetails changed = new CustomerDetails(now.customerNumber(), "Anna Andersson",
                EmailAddress.of("anna@new.example"), "", "", "", "", "");
        assertThat(f.services.customerDetailsChange().change(f.customer.id(), changed, PASSWORD, ORIGIN))
                .isInstanceOf(CustomerDetailsOutcome.Saved.class);

        assertThat(mail()).extracting(OutboundMessage::recipient)
                .containsExactly(f.customer.email(), EmailAddress.of("anna@new.example"));
        assertThat(mail()).allSatisfy(m -> assertThat(m.body()).contains("anna+hosting@example.com",
                "anna@new.example"));
    }

    @Test
    void the_stored_language_is_the_language_of_the_mail() {
        f.services.languagePreference().choose(f.customer.id(), Language.SWEDISH);
        f.enrollCustomer();

        OutboundMessage m = onlyNew(0);
        assertThat(m.subject()).isEqualTo("Tvåfaktorsautentiseringen är påslagen");
        assertThat(m.body()).startsWith("Hej Anna Andersson!").contains("2 mars 2026", "IP-adress: 203.0.113.7",
                "Var det inte du?");
        assertThat(f.services.languagePreference().stored(f.customer.id())).contains(Language.SWEDISH);
    }

    @Test
    void every_link_a_mail_carries_names_the_accounts_language_so_its_page_speaks_it() {
        f.enrollCustomer();
        assertThat(onlyNew(0).body()).as("an account that never chose: English")
                .containsPattern("this-wasnt-me\\?token=[A-Za-z0-9_-]{43}&lang=en\\n");

        f.services.languagePreference().choose(f.customer.id(), Language.SWEDISH);
        f.services.passwordReset().request(f.customer.email().value(), ORIGIN);
        OutboundMessage reset = onlyNew(1);
        assertThat(reset.subject()).doesNotContain("password");
        assertThat(reset.body()).containsPattern("reset-password\\?token=[A-Za-z0-9_-]{43}&lang=sv\\b");
    }

    @Test
    void a_link_gets_the_language_once() {
        assertThat(SecurityNotices.inLanguage("https://c.example/reset-password?token=abc", Language.SWEDISH))
                .isEqualTo("https://c.example/reset-password?token=abc&lang=sv");
        assertThat(SecurityNotices.inLanguage("https://c.example/x?token=abc&lang=en", Language.SWEDISH))
                .isEqualTo("https://c.example/x?token=abc&lang=en");
        assertThat(SecurityNotices.inLanguage("https://c.example/", Language.ENGLISH))
                .isEqualTo("https://c.example/?lang=en");
    }

    @Test
    void every_notice_has_a_text_in_both_languages_and_unknown_origins_say_so() {
        for (SecurityNotice notice : SecurityNotice.values()) {
            Map<String, String> args = new java.util.HashMap<>(Map.of("ticket", "T-1", "oldEmail", "a@x.example",
                    "newEmail", "b@x.example", "link", "https://x.example/reset-password?token=abc", "minutes", "60",
                    "hours", "24", "reason", "Not verified", "days", "30", "app", "Tablet", "keyName", "Blue key"));
            args.put("due", "2026-07-15");
            for (Language language : Language.values()) {
                NoticeTexts.Text text = NoticeTexts.compose(notice, language, "", Instant.parse("2026-07-01T12:00:00Z"),
                        ZoneId.of("Europe/Stockholm"), RequestOrigin.unknown(), "Nordhost", "support@x.example", args);
                assertThat(text.subject()).isNotBlank().doesNotContain("{");
                assertThat(text.body()).doesNotContain("{", "}").contains("Nordhost support");
                if (!notice.linkOnly()) {
                    assertThat(text.body()).contains(language == Language.SWEDISH ? "14:00" : "2:00", "UTC+02:00");
                }
                if (!notice.bySupport() && !notice.byAdmin() && !notice.linkOnly()) {
                    assertThat(text.body()).contains(language == Language.SWEDISH ? "IP-adress: okänd"
                            : "IP address: unknown");
                }
            }
        }
        assertThatThrownBy(() -> NoticeTexts.compose(SecurityNotice.TWO_FACTOR_REMOVED_BY_SUPPORT, Language.ENGLISH,
                "", Instant.EPOCH, ZoneId.of("UTC"), null, "N", "s@x.example", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
