package com.nordhost.clientarea.domain.remembered;

import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.testing.SecondFactorSteps;
import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.crypto.RandomTokens;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.login.SecondFactorOutcome;
import com.nordhost.clientarea.domain.notification.OutboundMessage;
import com.nordhost.clientarea.domain.profile.PasswordChangeOutcome;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.support.SupportRemovalOutcome;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import com.nordhost.clientarea.domain.twofactor.DisableOutcome;
import com.nordhost.clientarea.domain.twofactor.EnrollmentOutcome;
import com.nordhost.clientarea.domain.twofactor.PendingEnrollment;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static com.nordhost.clientarea.domain.testing.DomainFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** "Don't ask for a code on this browser" (decision 0020): who is spared the code, and when it ends. */
class RememberedBrowsersTest {

    private static final RequestOrigin CHROME = new RequestOrigin("198.51.100.20",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36");
    private static final Pattern RESET_TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

    private final DomainFixture f = new DomainFixture();
    private final DomainFixture.Enrolled enrolled = f.enrollCustomer();
    private final RememberedBrowsers browsers = f.services.rememberedBrowsers();

    /** The code step with the box ticked; the browser's cookie value. */
    private String rememberWithCode(DomainServices services, Account account, TotpSecret secret) {
        SecondFactorOutcome outcome = SecondFactorSteps.typed(services, account.id(), f.codeNow(secret), CHROME,
                true);
        f.nextStep();
        assertThat(outcome).isInstanceOf(SecondFactorOutcome.Passed.class);
        return ((SecondFactorOutcome.Passed) outcome).rememberedToken();
    }

    private String remember() {
        String token = rememberWithCode(f.services, f.customer, enrolled.secret());
        assertThat(token).as("a token for a ticked box").isNotNull();
        return token;
    }

    private LoginOutcome logIn(String password, String rememberedToken) {
        return f.services.passwordLogin().logIn(Realm.CUSTOMER, f.customer.email().value(), password, CHROME, new BrowserTokens(null, rememberedToken));
    }

    private AuditEvent lastForgetAll() {
        List<AuditEvent> events = f.audit.ofType(AuditEventType.REMEMBERED_BROWSERS_FORGOTTEN);
        assertThat(events).isNotEmpty();
        return events.get(events.size() - 1);
    }

    @Test
    void a_ticked_box_at_the_code_step_lets_the_password_alone_sign_in_on_that_browser() {
        String token = remember();

        assertThat(logIn(PASSWORD, token)).isEqualTo(new LoginOutcome.LoggedInWithRememberedBrowser(f.customer));
        assertThat(f.audit.types()).contains(AuditEventType.BROWSER_REMEMBERED,
                AuditEventType.SIGNED_IN_WITH_REMEMBERED_BROWSER);
        RememberedBrowser listed = browsers.list(f.customer.id()).get(0);
        assertThat(listed.browser()).isEqualTo("Chrome on Linux");
        assertThat(listed.ip()).isEqualTo("198.51.100.20");
        assertThat(listed.expiresAt()).isEqualTo(listed.rememberedAt().plus(Duration.ofDays(30)));
        assertThat(listed.lastUsedAt()).isEqualTo(f.clock.instant());
    }

    @Test
    void the_token_is_random_signed_and_stored_only_as_a_hash() {
        String token = remember();

        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        assertThat(parts[1]).hasSize(43);
        InMemoryRow row = InMemoryRow.of(f);
        assertThat(row.secretHash()).isEqualTo(RandomTokens.sha256Hex(parts[1])).doesNotContain(parts[1]);
        assertThat(f.audit.everythingWritten()).doesNotContain(parts[1]);
        assertThat(f.outbox.all().stream().map(OutboundMessage::body)).noneMatch(b -> b.contains(parts[1]));
        assertThat(logIn(PASSWORD, parts[0] + "." + parts[1] + "." + "A".repeat(43)))
                .as("a forged signature").isInstanceOf(LoginOutcome.SecondFactorRequired.class);
        String otherSecret = RandomTokens.generate(new java.security.SecureRandom());
        assertThat(logIn(PASSWORD, parts[0] + "." + otherSecret + "." + parts[2]))
                .as("another secret under the same id").isInstanceOf(LoginOutcome.SecondFactorRequired.class);
    }

    @Test
    void the_customer_is_told_a_browser_was_remembered() {
        int before = f.outbox.all().size();
        remember();

        OutboundMessage mail = f.outbox.all().get(before);
        assertThat(mail.recipient()).isEqualTo(f.customer.email());
        assertThat(mail.subject()).isEqualTo("A browser will not be asked for a code");
        assertThat(mail.body()).contains("For 30 days", "198.51.100.20", "Remembered browsers");
    }

    @Test
    void the_password_is_still_checked_on_a_remembered_browser() {
        String token = remember();

        assertThat(logIn("a wrong password", token))
                .isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS));
        assertThat(f.audit.types()).doesNotContain(AuditEventType.SIGNED_IN_WITH_REMEMBERED_BROWSER);
    }

    @Test
    void an_unticked_box_remembers_nothing_and_another_browser_is_still_asked() {
        SecondFactorOutcome outcome = SecondFactorSteps.typed(f.services, f.customer.id(),
                f.codeNow(enrolled.secret()), CHROME, false);
        f.nextStep();
        assertThat(((SecondFactorOutcome.Passed) outcome).rememberedToken()).isNull();
        assertThat(f.rememberedBrowsers.all()).isEmpty();

        remember();
        assertThat(logIn(PASSWORD, null)).as("a browser without the cookie")
                .isEqualTo(SecondFactorSteps.required(f.services, f.customer.id()));
    }

    @Test
    void a_token_counts_only_for_its_own_account() {
        Account bert = f.services.accountRegistration().register(Role.CUSTOMER, EmailAddress.of("bert@example.com"),
                "Bert Berg", PASSWORD);
        enrol(bert);
        String annasToken = remember();

        assertThat(f.services.passwordLogin().logIn(Realm.CUSTOMER, "bert@example.com", PASSWORD, CHROME, new BrowserTokens(null, annasToken))).isEqualTo(SecondFactorSteps.required(f.services, bert.id()));
    }

    @Test
    void a_browser_is_asked_again_when_its_days_are_over() {
        String token = remember();
        f.clock.advance(Duration.ofDays(30));

        assertThat(logIn(PASSWORD, token)).isInstanceOf(LoginOutcome.SecondFactorRequired.class);
        assertThat(browsers.list(f.customer.id())).isEmpty();
    }

    @Test
    void the_setting_decides_the_days_and_zero_remembers_nothing() {
        DomainServices week = DomainServices.create(f.ports, f.clock, f.keyRing,
                f.settings.withRememberBrowser(Duration.ofDays(7)));
        String token = rememberWithCode(week, f.customer, enrolled.secret());
        assertThat(browsers.list(f.customer.id()).get(0).expiresAt()).isEqualTo(f.clock.instant()
                .minusSeconds(30).plus(Duration.ofDays(7)));

        DomainServices off = DomainServices.create(f.ports, f.clock, f.keyRing,
                f.settings.withRememberBrowser(Duration.ZERO));
        assertThat(rememberWithCode(off, f.customer, enrolled.secret())).isNull();
        assertThat(off.passwordLogin().logIn(Realm.CUSTOMER, f.customer.email().value(), PASSWORD, CHROME, new BrowserTokens(null, token))).as("switched off: not honoured either").isInstanceOf(LoginOutcome.SecondFactorRequired.class);
        assertThat(f.rememberedBrowsers.all()).hasSize(1);
    }

    @Test
    void a_locked_second_factor_stays_locked_on_a_remembered_browser() {
        String token = remember();
        f.twoFactor.setThrottle(f.customer.id(), null, true);

        assertThat(logIn(PASSWORD, token))
                .isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.SECOND_FACTOR_LOCKED));
    }

    @Test
    void the_browser_used_least_recently_makes_room_for_the_twenty_first() {
        String first = remember();
        String second = remember();
        for (int i = 2; i < RememberedBrowserTokens.MAX_PER_ACCOUNT; i++) {
            remember();
        }
        // The first browser was used since; the second was not: the second is the one least recently seen.
        assertThat(logIn(PASSWORD, first)).isInstanceOf(LoginOutcome.LoggedInWithRememberedBrowser.class);
        assertThat(browsers.list(f.customer.id())).hasSize(RememberedBrowserTokens.MAX_PER_ACCOUNT);

        String newest = remember();

        assertThat(browsers.list(f.customer.id())).hasSize(RememberedBrowserTokens.MAX_PER_ACCOUNT);
        assertThat(logIn(PASSWORD, second)).isInstanceOf(LoginOutcome.SecondFactorRequired.class);
        assertThat(logIn(PASSWORD, first)).isInstanceOf(LoginOutcome.LoggedInWithRememberedBrowser.class);
        assertThat(logIn(PASSWORD, newest)).isInstanceOf(LoginOutcome.LoggedInWithRememberedBrowser.class);
        assertThat(f.audit.ofType(AuditEventType.REMEMBERED_BROWSER_FORGOTTEN)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("browserId", second.split("\\.")[0])
                        .containsEntry("reason", "more than 20 remembered browsers"));
    }

    @Test
    void forgetting_one_browser_asks_it_for_the_code_again_and_is_audited() {
        String first = remember();
        String second = remember();
        long firstId = Long.parseLong(first.split("\\.")[0]);

        Account bert = f.services.accountRegistration().register(Role.CUSTOMER, EmailAddress.of("bert@example.com"),
                "Bert Berg", PASSWORD);
        assertThat(browsers.forget(bert.id(), firstId, ORIGIN)).as("not Bert's to forget").isFalse();
        assertThat(browsers.forget(f.customer.id(), firstId, ORIGIN)).isTrue();
        assertThat(browsers.forget(f.customer.id(), firstId, ORIGIN)).as("already gone").isFalse();

        assertThat(logIn(PASSWORD, first)).isInstanceOf(LoginOutcome.SecondFactorRequired.class);
        assertThat(logIn(PASSWORD, second)).isInstanceOf(LoginOutcome.LoggedInWithRememberedBrowser.class);
        assertThat(f.audit.ofType(AuditEventType.REMEMBERED_BROWSER_FORGOTTEN)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("browserId", Long.toString(firstId)));
    }

    @Test
    void forget_all_asks_every_browser_again_and_is_audited_even_with_none_left() {
        String first = remember();
        String second = remember();

        int epoch = f.accounts.findSessionEpoch(f.customer.id()).orElseThrow();
        RememberedBrowsers.AllForgotten done = browsers.forgetAll(f.customer.id(), ORIGIN);
        assertThat(done.forgotten()).isEqualTo(2);
        assertThat(done.sessionEpoch()).as("every other session ends").isGreaterThan(epoch);
        assertThat(f.services.sessionEpochs().isCurrent(f.customer.id(), epoch)).isFalse();
        assertThat(logIn(PASSWORD, first)).isInstanceOf(LoginOutcome.SecondFactorRequired.class);
        assertThat(logIn(PASSWORD, second)).isInstanceOf(LoginOutcome.SecondFactorRequired.class);
        assertThat(lastForgetAll().details()).containsEntry("reason", "forgotten by the customer")
                .containsEntry("forgotten", "2");
        assertThat(lastForgetAll().actor()).isEqualTo(f.customer.email().value());

        assertThat(browsers.forgetAll(f.customer.id(), ORIGIN).forgotten()).isZero();
        assertThat(f.audit.ofType(AuditEventType.REMEMBERED_BROWSERS_FORGOTTEN)).hasSize(2);
    }

    @Test
    void a_password_change_forgets_every_remembered_browser() {
        String token = remember();

        assertThat(f.services.passwordChange().change(f.customer.id(), PASSWORD, "a brand new long password",
                ORIGIN)).isInstanceOf(PasswordChangeOutcome.Changed.class);

        assertThat(f.rememberedBrowsers.all()).isEmpty();
        assertThat(logIn("a brand new long password", token)).isInstanceOf(LoginOutcome.SecondFactorRequired.class);
        assertThat(lastForgetAll().details()).containsEntry("reason", "password changed");
    }

    @Test
    void a_password_reset_by_link_forgets_every_remembered_browser() {
        String token = remember();
        int before = f.outbox.all().size();
        f.services.passwordReset().request(f.customer.email().value(), ORIGIN);
        Matcher link = RESET_TOKEN.matcher(f.outbox.all().get(before).body());
        assertThat(link.find()).isTrue();

        f.services.passwordReset().reset(link.group(1), "a brand new long password", ORIGIN);

        assertThat(f.rememberedBrowsers.all()).isEmpty();
        assertThat(logIn("a brand new long password", token)).isInstanceOf(LoginOutcome.SecondFactorRequired.class);
        assertThat(lastForgetAll().details()).containsEntry("reason", "password reset by link");
    }

    @Test
    void turning_two_factor_off_forgets_them_and_they_do_not_come_back_with_a_new_second_factor() {
        String token = remember();

        assertThat(f.services.disableTwoFactor().disable(f.customer.id(), PASSWORD, ORIGIN))
                .isInstanceOf(DisableOutcome.Disabled.class);
        assertThat(f.rememberedBrowsers.all()).isEmpty();
        assertThat(f.audit.ofType(AuditEventType.TWO_FACTOR_DISABLED_BY_CUSTOMER).get(0).details())
                .containsEntry("rememberedBrowsers", "1");

        enrol(f.customer);
        assertThat(logIn(PASSWORD, token)).isInstanceOf(LoginOutcome.SecondFactorRequired.class);
    }

    @Test
    void support_removal_forgets_them_in_the_same_change() {
        String token = remember();

        assertThat(f.services.supportRemoval().remove(f.agent.id(), f.customer.id(), TicketReference.of("#7"),
                f.customer.email(), "Lost phone and backup code", ORIGIN))
                .isEqualTo(new SupportRemovalOutcome.Removed());

        assertThat(f.rememberedBrowsers.all()).isEmpty();
        AuditEvent removal = f.audit.ofType(AuditEventType.TWO_FACTOR_REMOVED_BY_SUPPORT).get(0);
        assertThat(removal.details()).containsEntry("rememberedBrowsers", "1");
        assertThat(removal.actor()).isEqualTo("sam@nordhost.se");
        enrol(f.customer);
        assertThat(logIn(PASSWORD, token)).isInstanceOf(LoginOutcome.SecondFactorRequired.class);
    }

    @Test
    void a_moved_session_epoch_ends_a_remembered_browser_even_without_a_forget() {
        String token = remember();
        f.accounts.advanceSessionEpoch(f.customer.id());

        assertThat(logIn(PASSWORD, token)).isInstanceOf(LoginOutcome.SecondFactorRequired.class);
    }

    @Test
    void agents_are_never_remembered_nor_spared_the_code() {
        TotpSecret agentSecret = enrol(f.agent);

        assertThat(rememberWithCode(f.services, f.agent, agentSecret)).isNull();
        assertThat(f.rememberedBrowsers.all()).isEmpty();
        String customersToken = remember();
        assertThat(f.services.passwordLogin().logIn(Realm.STAFF, f.agent.email().value(),
                DomainFixture.AGENT_PASSWORD, CHROME, new BrowserTokens(null, customersToken)))
                .isEqualTo(SecondFactorSteps.required(f.services, f.agent.id()));
    }

    @Test
    void a_backup_code_login_may_remember_the_browser_too() {
        SecondFactorOutcome outcome = SecondFactorSteps.typed(f.services, f.customer.id(),
                enrolled.backupCode().value(), CHROME, true);

        String token = ((SecondFactorOutcome.PassedWithBackupCode) outcome).rememberedToken();
        assertThat(logIn(PASSWORD, token)).isInstanceOf(LoginOutcome.LoggedInWithRememberedBrowser.class);
    }

    private TotpSecret enrol(Account account) {
        PendingEnrollment pending = f.services.enrollment().start(account.id(), ORIGIN);
        assertThat(f.services.enrollment().confirm(account.id(), f.codeNow(pending.secret()), ORIGIN))
                .isInstanceOf(EnrollmentOutcome.Activated.class);
        f.nextStep();
        return pending.secret();
    }

    /** The one stored row's secret hash. */
    private record InMemoryRow(String secretHash) {
        static InMemoryRow of(DomainFixture f) {
            assertThat(f.rememberedBrowsers.all()).hasSize(1);
            return new InMemoryRow(f.rememberedBrowsers.all().get(0).secretHash);
        }
    }
}
