package com.nordhost.clientarea.domain.protect;

import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.crypto.RandomTokens;
import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.notification.OutboundMessage;
import com.nordhost.clientarea.domain.passwordreset.PasswordReset;
import com.nordhost.clientarea.domain.passwordreset.ResetOutcome;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import com.nordhost.clientarea.domain.testing.SecondFactorSteps;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static com.nordhost.clientarea.domain.testing.DomainFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** "This wasn't me": the link every notice carries, what its button does and does not do, and support's flag. */
class AccountSecuringTest {

    private static final Pattern PROTECT = Pattern.compile("this-wasnt-me\\?token=([A-Za-z0-9_-]{43})");
    private static final Pattern RESET = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]{43})");

    private final DomainFixture f = new DomainFixture();
    private final DomainFixture.Enrolled enrolled = f.enrollCustomer();

    private AccountSecuring securing() {
        return f.services.accountSecuring();
    }

    private OwnerFlagDesk desk() {
        return f.services.ownerFlagDesk();
    }

    private static String token(OutboundMessage mail, Pattern pattern) {
        Matcher m = pattern.matcher(mail.body());
        assertThat(m.find()).as("a link in: " + mail.body()).isTrue();
        return m.group(1);
    }

    private OutboundMessage lastMail(String subject) {
        List<OutboundMessage> all = f.outbox.all();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).subject().equals(subject)) {
                return all.get(i);
            }
        }
        throw new AssertionError("No mail " + subject + " in " + all.stream().map(OutboundMessage::subject).toList());
    }

    private String protectToken() {
        return token(lastMail("Two-factor authentication was turned on"), PROTECT);
    }

    @Test
    void every_customer_notice_carries_its_own_link_stored_only_as_a_hash_but_not_the_mails_that_carry_a_link_asked_for() {
        OutboundMessage enabled = lastMail("Two-factor authentication was turned on");
        assertThat(enabled.body()).contains("Wasn't this you? Secure your account with this link (it works once, for 7 days)",
                f.settings.customerUrl() + "this-wasnt-me?token=");
        String token = token(enabled, PROTECT);
        assertThat(f.protectLinks.find(RandomTokens.sha256Hex(token))).isPresent();
        assertThat(f.protectLinks.find(token)).as("never the token itself").isEmpty();
        assertThat(f.audit.everythingWritten()).doesNotContain(token);

        f.services.passwordReset().request(f.customer.email().value(), ORIGIN);
        assertThat(lastMail("Choose a new password").body()).doesNotContain("this-wasnt-me");

        f.services.languagePreference().choose(f.customer.id(), Language.SWEDISH);
        f.services.backupCodeRenewal().renew(f.customer.id(), PASSWORD, ORIGIN);
        OutboundMessage swedish = f.outbox.all().get(f.outbox.all().size() - 1);
        assertThat(swedish.body()).contains("Var det inte du? Skydda ditt konto med den här länken",
                "this-wasnt-me?token=");
        assertThat(token(swedish, PROTECT)).as("each mail its own link").isNotEqualTo(token);
    }

    @Test
    void opening_changes_nothing_and_the_button_ends_sessions_forgets_browsers_voids_recovery_mails_a_reset_and_flags() {
        String token = protectToken();
        int epoch = f.services.sessionEpochs().atSignIn(f.customer.id());
        SecondFactorSteps.typed(f.services, f.customer.id(), f.codeNow(enrolled.secret()), ORIGIN, true);
        f.nextStep();
        assertThat(f.rememberedBrowsers.all()).hasSize(1);
        f.services.recoveryRequestFlow().requestAfterPassword(f.customer.id(), ORIGIN);
        assertThat(f.recoveryRequests.findOpen(f.customer.id())).isPresent();
        String hashBefore = f.accounts.findById(f.customer.id()).orElseThrow().passwordHash();

        assertThat(securing().linkWorks(token)).isTrue();
        assertThat(f.services.sessionEpochs().isCurrent(f.customer.id(), epoch)).as("opening changes nothing").isTrue();
        assertThat(desk().flagOf(f.agent.id(), f.customer.id())).isEmpty();

        assertThat(securing().secure(token, ORIGIN)).isEqualTo(new SecuringOutcome.Secured(true, false, false));

        assertThat(f.services.sessionEpochs().isCurrent(f.customer.id(), epoch)).as("every session ends").isFalse();
        assertThat(f.rememberedBrowsers.all()).as("every remembered browser forgotten").isEmpty();
        assertThat(f.recoveryRequests.findOpen(f.customer.id())).as("the pending recovery voided").isEmpty();
        assertThat(f.audit.ofType(AuditEventType.RECOVERY_REQUEST_VOIDED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("reason", AccountSecuring.VOIDED_REASON));
        OwnerFlag flag = desk().flagOf(f.agent.id(), f.customer.id()).orElseThrow();
        assertThat(flag.raisedAt()).isEqualTo(f.clock.instant());
        AuditEvent secured = f.audit.ofType(AuditEventType.ACCOUNT_SECURED_BY_OWNER).get(0);
        assertThat(secured.actor()).isEqualTo(f.customer.email().value());
        assertThat(secured.details()).containsEntry("resetLinkMailed", "true").containsEntry("addressChangedSince", "false");
        assertThat(lastMail("Your account was secured").body()).contains("Every sign-in to the account has ended")
                .doesNotContain("this-wasnt-me");

        // It only protects: the password, the address and the second factor are as they were.
        assertThat(f.accounts.findById(f.customer.id()).orElseThrow().passwordHash()).isEqualTo(hashBefore);
        assertThat(f.services.passwordLogin().logIn(Realm.CUSTOMER, f.customer.email().value(), PASSWORD, ORIGIN,
                BrowserTokens.NONE)).isEqualTo(SecondFactorSteps.required(f.services, f.customer.id()));

        String reset = token(lastMail("Choose a new password"), RESET);
        assertThat(lastMail("Choose a new password").recipient()).isEqualTo(f.customer.email());
        assertThat(f.services.passwordReset().reset(reset, "the owner's new long password", ORIGIN))
                .isEqualTo(new ResetOutcome.Changed());

        assertThat(securing().linkWorks(token)).as("single use").isFalse();
        assertThat(securing().secure(token, ORIGIN)).isEqualTo(new SecuringOutcome.InvalidLink());
        assertThat(f.audit.ofType(AuditEventType.ACCOUNT_SECURED_BY_OWNER)).hasSize(1);
    }

    @Test
    void the_reset_link_is_mailed_even_when_the_reset_limits_are_spent() {
        for (int i = 0; i < PasswordReset.PER_ACCOUNT_PER_HOUR + 2; i++) {
            f.services.passwordReset().request(f.customer.email().value(), ORIGIN);
        }
        long before = f.outbox.all().stream().filter(m -> m.subject().equals("Choose a new password")).count();
        assertThat(before).isEqualTo(PasswordReset.PER_ACCOUNT_PER_HOUR);

        securing().secure(protectToken(), ORIGIN);

        assertThat(f.outbox.all().stream().filter(m -> m.subject().equals("Choose a new password")).count())
                .isEqualTo(before + 1);
        String reset = token(lastMail("Choose a new password"), RESET);
        assertThat(f.services.passwordReset().linkWorks(reset)).isTrue();
    }

    @Test
    void a_link_works_for_7_days_and_a_forged_one_never() {
        String token = protectToken();
        // The link was mailed when 2FA was turned on, one code step (30 s) ago.
        f.clock.advance(Duration.ofDays(7).minusMinutes(1));
        assertThat(securing().linkWorks(token)).isTrue();
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(securing().linkWorks(token)).isFalse();
        assertThat(securing().secure(token, ORIGIN)).isEqualTo(new SecuringOutcome.InvalidLink());
        assertThat(securing().secure("x".repeat(43), ORIGIN)).isEqualTo(new SecuringOutcome.InvalidLink());
        assertThat(securing().secure("not a token", ORIGIN)).isEqualTo(new SecuringOutcome.InvalidLink());
        assertThat(securing().secure(null, ORIGIN)).isEqualTo(new SecuringOutcome.InvalidLink());
        assertThat(desk().flagOf(f.agent.id(), f.customer.id())).isEmpty();
    }

    @Test
    void an_intruder_who_changes_the_address_cannot_spend_the_owners_links_and_the_page_learns_the_address_changed() {
        String mailedBefore = protectToken();
        f.services.customerDetailsChange().change(f.customer.id(), new CustomerDetails("C100001", "Anna Andersson",
                EmailAddress.of("intruder@evil.example"), "", "Storgatan 1", "111 22", "Stockholm", "Sweden"),
                PASSWORD, ORIGIN);
        OutboundMessage toOldAddress = f.outbox.all().stream()
                .filter(m -> m.subject().equals("The e-mail address of your account was changed")
                        && m.recipient().equals(f.customer.email()))
                .findFirst().orElseThrow();
        String fromTheChangeNotice = token(toOldAddress, PROTECT);

        assertThat(securing().linkWorks(mailedBefore)).as("the change spends reset links, not these").isTrue();
        assertThat(securing().secure(fromTheChangeNotice, ORIGIN))
                .isEqualTo(new SecuringOutcome.Secured(true, true, false));
        assertThat(lastMail("Choose a new password").recipient().value())
                .as("never to anything but the registered address").isEqualTo("intruder@evil.example");
        assertThat(desk().flagOf(f.agent.id(), f.customer.id())).isPresent();
        assertThat(f.audit.ofType(AuditEventType.ACCOUNT_SECURED_BY_OWNER).get(0).details())
                .containsEntry("addressChangedSince", "true");
    }

    @Test
    void a_deactivated_account_is_secured_and_flagged_but_gets_no_reset_link() {
        String token = protectToken();
        f.services.customerDeactivation().deactivate(f.agent.id(), f.customer.id(), TicketReference.of("NH-1"),
                "asked by phone", ORIGIN);
        long resets = f.outbox.all().stream().filter(m -> m.subject().equals("Choose a new password")).count();

        assertThat(securing().secure(token, ORIGIN)).isEqualTo(new SecuringOutcome.Secured(false, false, true));
        assertThat(f.outbox.all().stream().filter(m -> m.subject().equals("Choose a new password")).count())
                .isEqualTo(resets);
        assertThat(desk().flagOf(f.agent.id(), f.customer.id())).isPresent();
    }

    @Test
    void two_presses_of_two_links_keep_one_flag_open_until_an_agent_closes_it_with_a_note() {
        String first = protectToken();
        f.services.backupCodeRenewal().renew(f.customer.id(), PASSWORD, ORIGIN);
        String second = token(lastMail("A new backup code was made"), PROTECT);
        securing().secure(first, ORIGIN);
        f.clock.advance(Duration.ofMinutes(5));
        securing().secure(second, ORIGIN);
        OwnerFlag flag = desk().flagOf(f.agent.id(), f.customer.id()).orElseThrow();
        assertThat(flag.presses()).isEqualTo(2);
        assertThat(flag.lastRaisedAt()).isEqualTo(flag.raisedAt().plus(Duration.ofMinutes(5)));

        assertThat(desk().flagged(f.agent.id(), "")).extracting(FlaggedCustomer::id).containsExactly(f.customer.id());
        assertThat(desk().flagged(f.agent.id(), "anders")).as("any word of the name").hasSize(1);
        assertThat(desk().flagged(f.agent.id(), "nobody")).isEmpty();
        assertThat(desk().flagged(f.customer.id(), "")).as("only agents").isEmpty();

        assertThat(desk().close(f.agent.id(), f.customer.id(), "  ", ORIGIN))
                .isEqualTo(new FlagClosingOutcome.NoteRequired());
        assertThat(desk().close(f.customer.id(), f.customer.id(), "note", ORIGIN))
                .isEqualTo(new FlagClosingOutcome.NotAllowed());
        assertThat(desk().close(f.agent.id(), f.customer.id(), "Called the customer; new password set.", ORIGIN))
                .isEqualTo(new FlagClosingOutcome.Closed());
        assertThat(desk().close(f.agent.id(), f.customer.id(), "again", ORIGIN))
                .isEqualTo(new FlagClosingOutcome.NotFlagged());
        assertThat(desk().flagOf(f.agent.id(), f.customer.id())).isEmpty();

        AuditEvent closed = f.audit.ofType(AuditEventType.OWNER_FLAG_CLOSED).get(0);
        assertThat(closed.actor()).isEqualTo(f.agent.email().value());
        assertThat(closed.details()).containsEntry("note", "Called the customer; new password set.");
        OutboundMessage mail = lastMail("Our support has looked at your account");
        assertThat(mail.recipient()).isEqualTo(f.customer.email());
        assertThat(mail.body()).contains("Done by: ").doesNotContain(f.agent.email().value(), "Called the customer");
    }
}
