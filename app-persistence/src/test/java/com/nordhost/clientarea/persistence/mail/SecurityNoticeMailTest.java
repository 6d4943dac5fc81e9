package com.nordhost.clientarea.persistence.mail;

import com.nordhost.clientarea.domain.testing.SecondFactorSteps;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.backupcode.BackupCode;
import com.nordhost.clientarea.domain.login.SecondFactorOutcome;
import com.nordhost.clientarea.domain.profile.CustomerDetailsOutcome;
import com.nordhost.clientarea.domain.profile.PasswordChangeOutcome;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.support.SupportRemovalOutcome;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.nordhost.clientarea.domain.support.UnlockOutcome;
import com.nordhost.clientarea.domain.testing.MutableClock;
import com.nordhost.clientarea.domain.totp.TotpGenerator;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import com.nordhost.clientarea.domain.twofactor.BackupCodeRenewalOutcome;
import com.nordhost.clientarea.domain.twofactor.DisableOutcome;
import com.nordhost.clientarea.domain.twofactor.EnrollmentOutcome;
import com.nordhost.clientarea.domain.twofactor.PendingEnrollment;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import com.nordhost.clientarea.persistence.testing.TestDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every security notice over the real database and outbox, sent by the real sender to a real SMTP server
 * (GreenMail): each event gives exactly one mail (two for an e-mail change: old and new address), with
 * Reply-To the support address, in the language stored on the account.
 */
class SecurityNoticeMailTest extends DatabaseTest {

    private static final String FROM = "Nordhost <no-reply@nordhost.test>";
    private static final RequestOrigin ORIGIN = new RequestOrigin("198.51.100.23", "Firefox/140");
    private static final TotpGenerator TOTP = new TotpGenerator(TotpParameters.DEFAULT);
    private static final String PASSWORD = "password-123";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:10Z"));
    private GreenMail smtp;
    private int port;
    private DomainServices services;
    private int received;

    @BeforeEach
    void start() {
        db.inTransaction(() -> db.transactions().current().createNativeQuery("DELETE FROM outbound_mail")
                .executeUpdate());
        port = freePort();
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        services = db.services(clock);
        received = 0;
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void each_authenticator_change_sends_exactly_one_mail_in_swedish_with_reply_to_support() throws Exception {
        Account anna = db.createCustomer(uniqueEmail("anna"), "Anna Andersson", PASSWORD);
        Account agent = db.createStaff(Role.SUPPORT, uniqueEmail("agent"), "Sam Support", "agent-password-1");
        services.languagePreference().choose(anna.id(), Language.SWEDISH);

        PendingEnrollment pending = services.enrollment().start(anna.id(), ORIGIN);
        EnrollmentOutcome enrolled = services.enrollment().confirm(anna.id(),
                TOTP.codeAt(pending.secret(), clock.instant()), ORIGIN);
        BackupCode backupCode = ((EnrollmentOutcome.Activated) enrolled).backupCode();
        expectOne(anna.email().value(), "Tvåfaktorsautentiseringen är påslagen", "IP-adress: 198.51.100.23");

        clock.advance(Duration.ofMinutes(1));
        assertThat(SecondFactorSteps.typed(services, anna.id(), backupCode.value(), ORIGIN))
                .isInstanceOf(SecondFactorOutcome.PassedWithBackupCode.class);
        expectOne(anna.email().value(), "Din reservkod användes för att logga in", "ny reservkod visades");

        assertThat(services.backupCodeRenewal().renew(anna.id(), PASSWORD, ORIGIN))
                .isInstanceOf(BackupCodeRenewalOutcome.Renewed.class);
        expectOne(anna.email().value(), "En ny reservkod har skapats", "Webbläsare: Firefox");

        SecondFactorOutcome last = null;
        for (int i = 0; i < 100; i++) {
            clock.advance(Duration.ofDays(1));
            last = SecondFactorSteps.typed(services, anna.id(), "000000", ORIGIN);
        }
        assertThat(last).isInstanceOf(SecondFactorOutcome.Locked.class);
        expectOne(anna.email().value(), "Inloggning med tvåfaktorsautentisering är låst", "för många felaktiga koder");

        assertThat(services.supportDesk().unlockSecondFactor(agent.id(), anna.id(), TicketReference.of("NH-1"),
                "Verified by phone", ORIGIN)).isInstanceOf(UnlockOutcome.Unlocked.class);
        expectOne(anna.email().value(), "Inloggning med tvåfaktorsautentisering är upplåst", "ärende NH-1");

        assertThat(services.supportDesk().removeSecondFactor(agent.id(), anna.id(), TicketReference.of("NH-2"),
                anna.email(), "Lost phone", ORIGIN)).isInstanceOf(SupportRemovalOutcome.Removed.class);
        MimeMessage removed = expectOne(anna.email().value(), "Tvåfaktorsautentiseringen är borttagen", "ärende NH-2");
        assertThat(body(removed)).doesNotContain("Sam Support", agent.email().value());

        PendingEnrollment again = services.enrollment().start(anna.id(), ORIGIN);
        clock.advance(Duration.ofMinutes(1));
        services.enrollment().confirm(anna.id(), TOTP.codeAt(again.secret(), clock.instant()), ORIGIN);
        expectOne(anna.email().value(), "Tvåfaktorsautentiseringen är påslagen", "När:");
        assertThat(services.disableTwoFactor().disable(anna.id(), PASSWORD, ORIGIN))
                .isInstanceOf(DisableOutcome.Disabled.class);
        expectOne(anna.email().value(), "Tvåfaktorsautentiseringen är avstängd", "Var det inte du?");

        assertThat(services.passwordChange().change(anna.id(), PASSWORD, "a new long password", ORIGIN))
                .isInstanceOf(PasswordChangeOutcome.Changed.class);
        expectOne(anna.email().value(), "Ditt lösenord har bytts", "Svara på det här meddelandet");

        String newAddress = uniqueEmail("anna-new");
        CustomerDetails now = services.customerDetailsChange().current(anna.id());
        assertThat(services.customerDetailsChange().change(anna.id(), new CustomerDetails(now.customerNumber(),
                        now.fullName(), EmailAddress.of(newAddress), now.phone(), now.street(), now.postalCode(),
                        now.city(), now.country()), "a new long password", ORIGIN))
                .isInstanceOf(CustomerDetailsOutcome.Saved.class);
        MimeMessage[] both = deliver(2);
        assertThat(both).extracting(m -> ((InternetAddress) m.getAllRecipients()[0]).getAddress())
                .containsExactlyInAnyOrder(anna.email().value(), newAddress);
        for (MimeMessage m : both) {
            assertThat(m.getSubject()).isEqualTo("E-postadressen för ditt konto har ändrats");
            assertReplyToSupport(m);
        }
    }

    @Test
    void a_password_reset_mails_the_link_and_then_the_notice_and_the_link_works_once() throws Exception {
        Account cai = db.createCustomer(uniqueEmail("cai"), "Cai Carlsson", PASSWORD);
        services.passwordReset().request("nobody-" + cai.email().value(), ORIGIN);
        deliver(0);

        services.passwordReset().request(" " + cai.email().value().toUpperCase() + " ", ORIGIN);
        MimeMessage link = expectOne(cai.email().value(), "Choose a new password", "/reset-password?token=");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]{43})").matcher(body(link));
        assertThat(m.find()).isTrue();
        String token = m.group(1);
        assertThat(db.inTransaction(() -> db.transactions().current()
                .createNativeQuery("SELECT COUNT(*) FROM password_reset WHERE token_hash LIKE ?1")
                .setParameter(1, "%" + token + "%").getSingleResult())).as("the token is not stored")
                .isEqualTo(0L);

        assertThat(services.passwordReset().reset(token, "a brand new password", ORIGIN))
                .isEqualTo(new com.nordhost.clientarea.domain.passwordreset.ResetOutcome.Changed());
        expectOne(cai.email().value(), "Your password was reset by link", "198.51.100.23");
        assertThat(services.passwordReset().reset(token, "another new password", ORIGIN))
                .isEqualTo(new com.nordhost.clientarea.domain.passwordreset.ResetOutcome.InvalidLink());
        clock.advance(Duration.ofHours(2));
        deliver(0);
    }

    @Test
    void an_account_without_a_chosen_language_gets_english() throws Exception {
        Account bo = db.createCustomer(uniqueEmail("bo"), "Bo Berg", PASSWORD);
        assertThat(services.passwordChange().change(bo.id(), PASSWORD, "a new long password", ORIGIN))
                .isInstanceOf(PasswordChangeOutcome.Changed.class);
        expectOne(bo.email().value(), "Your password was changed", "10:00 AM (UTC+01:00)");
    }

    private MimeMessage expectOne(String recipient, String subject, String inBody) throws Exception {
        MimeMessage m = deliver(1)[0];
        assertThat(((InternetAddress) m.getAllRecipients()[0]).getAddress()).isEqualTo(recipient);
        assertThat(m.getSubject()).isEqualTo(subject);
        assertThat(body(m)).contains(inBody);
        assertReplyToSupport(m);
        return m;
    }

    private MimeMessage[] deliver(int expected) throws SQLException {
        new OutboundMailDelivery(new MailOutbox(db.transactions()), db.transactionsPort(),
                MailSettings.plain("localhost", port, FROM), clock).deliverDue();
        MimeMessage[] all = smtp.getReceivedMessages();
        assertThat(all).as("exactly %d new mail(s)", expected).hasSize(received + expected);
        MimeMessage[] fresh = java.util.Arrays.copyOfRange(all, received, all.length);
        received = all.length;
        return fresh;
    }

    private static void assertReplyToSupport(MimeMessage m) throws Exception {
        assertThat(m.getReplyTo()).extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly(TestDatabase.testSettings().supportEmail());
    }

    private static String body(MimeMessage m) throws Exception {
        return ((String) m.getContent()).replace("\r\n", "\n");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
