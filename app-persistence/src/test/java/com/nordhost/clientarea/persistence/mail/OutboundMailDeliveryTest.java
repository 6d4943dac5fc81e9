package com.nordhost.clientarea.persistence.mail;

import com.nordhost.clientarea.domain.testing.MutableClock;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMTP path against a real SMTP server (GreenMail) over the real H2 test database. */
class OutboundMailDeliveryTest extends DatabaseTest {

    private static final String FROM = "Nordhost <no-reply@nordhost.test>";
    private static final String SUBJECT = "Tvåfaktorsautentiseringen är borttagen – Nordhost";
    private static final String BODY = "Hej Åsa Öberg!\n\nVår support har tagit bort tvåfaktorsautentiseringen från ditt"
            + " konto på din begäran (ärende #48213).\nVar det inte du? Kontakta oss på en gång.\n\nHälsningar,\nNordhost";

    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Logger deliveryLog;
    private int port;
    private GreenMail smtp;

    @BeforeEach
    void startSmtpServer() throws SQLException {
        // One instance for the class (PER_CLASS): start each test from an empty outbox and log.
        execute("DELETE FROM outbound_mail");
        logged.clear();
        port = freePort();
        smtp = startSmtp(port);
        deliveryLog = Logger.getLogger(OutboundMailDelivery.class.getName());
        deliveryLog.addHandler(capture);
    }

    @AfterEach
    void stopSmtpServer() {
        deliveryLog.removeHandler(capture);
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void a_queued_notification_reaches_the_recipient_in_utf8_and_is_marked_sent() throws Exception {
        long id = queue("asa.oberg@example.se", SUBJECT, BODY);

        OutboundMailDelivery.Sweep sweep = delivery().deliverDue();

        assertThat(sweep.sent()).isEqualTo(1);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(addresses(mail.getAllRecipients())).containsExactly("asa.oberg@example.se");
        assertThat(addresses(mail.getFrom())).containsExactly("no-reply@nordhost.test");
        assertThat(mail.getSubject()).isEqualTo(SUBJECT);
        assertThat(mail.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(((String) mail.getContent()).replace("\r\n", "\n").strip()).isEqualTo(BODY);
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");

        Row row = row(id);
        assertThat(row.sentAt()).isNotNull();
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.lastError()).isNull();
        assertThat(row.claimedUntil()).isNull();

        assertThat(delivery().deliverDue().sent()).as("a sent row is never sent again").isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void the_recipient_gets_the_working_link_and_the_kept_copy_holds_none() throws Exception {
        String token = "Q2hvb3NlIGEgbmV3IHBhc3N3b3JkIGZvciB0aGUgYWNj";
        String body = "Choose a new password here: https://client.example/reset-password?token=" + token
                + "\nThe link works for 60 minutes.";
        long sent = queue("asa.oberg@example.se", "Your password reset link", body);
        long refused = queue("not an address@@", "Your password reset link", body);

        delivery().deliverDue();

        assertThat((String) smtp.getReceivedMessages()[0].getContent()).contains("reset-password?token=" + token);
        assertThat(body(sent)).doesNotContain(token)
                .contains("reset-password?token=(removed once sent)", "The link works for 60 minutes.");
        assertThat(row(refused).givenUpAt()).as("never sent").isNotNull();
        assertThat(body(refused)).doesNotContain(token);
    }

    private String body(long id) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT body FROM outbound_mail WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void while_the_smtp_server_is_down_the_row_stays_queued_and_goes_out_when_it_is_back() throws Exception {
        long id = queue("kund@example.se", SUBJECT, BODY);
        OutboundMailDelivery delivery = delivery();
        smtp.stop();

        assertThat(delivery.deliverDue().retrying()).isEqualTo(1);
        Row afterFirst = row(id);
        assertThat(afterFirst.sentAt()).isNull();
        assertThat(afterFirst.attempts()).isEqualTo(1);
        assertThat(afterFirst.lastError()).contains("unreachable").doesNotContain("Åsa");
        assertThat(afterFirst.nextAttemptAt()).isEqualTo(clock.instant().plus(OutboundMailDelivery.FIRST_RETRY));
        assertThat(afterFirst.claimedUntil()).isNull();

        assertThat(delivery.deliverDue()).as("not retried before its back-off").isEqualTo(
                new OutboundMailDelivery.Sweep(0, 0, 0, 0));
        clock.advance(Duration.ofSeconds(31));
        assertThat(delivery.deliverDue().retrying()).isEqualTo(1);
        assertThat(row(id).attempts()).isEqualTo(2);
        assertThat(row(id).nextAttemptAt()).as("the back-off doubles")
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

        List<LogRecord> warnings = logged.stream().filter(r -> r.getLevel() == Level.WARNING).toList();
        assertThat(warnings).as("one warning per failure streak").extracting(LogRecord::getMessage).hasSize(1);
        assertThat(warnings.get(0).getThrown()).as("no stack trace").isNull();
        assertThat(warnings.get(0).getMessage()).contains("localhost:" + port).doesNotContain("Åsa")
                .doesNotContain("kund@example.se");

        smtp = startSmtp(port);
        clock.advance(Duration.ofMinutes(1));
        assertThat(delivery.deliverDue().sent()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        Row delivered = row(id);
        assertThat(delivered.sentAt()).isNotNull();
        assertThat(delivered.attempts()).isEqualTo(3);
        assertThat(delivered.lastError()).isNull();
        assertThat(logged).filteredOn(r -> r.getLevel() == Level.INFO)
                .extracting(LogRecord::getMessage).anyMatch(m -> m.contains("again"));
    }

    @Test
    void a_row_that_cannot_be_sent_is_given_up_and_the_others_still_go_out() throws Exception {
        long bad = queue("not an address@@", SUBJECT, BODY);
        long good = queue("ok@example.se", SUBJECT, BODY);

        OutboundMailDelivery.Sweep sweep = delivery().deliverDue();

        assertThat(sweep.sent()).isEqualTo(1);
        assertThat(sweep.givenUp()).isEqualTo(1);
        assertThat(addresses(smtp.getReceivedMessages()[0].getAllRecipients())).containsExactly("ok@example.se");
        assertThat(row(good).sentAt()).isNotNull();
        Row refused = row(bad);
        assertThat(refused.sentAt()).isNull();
        assertThat(refused.givenUpAt()).isNotNull();
        assertThat(refused.attempts()).isEqualTo(1);
        assertThat(refused.lastError()).isNotBlank();

        clock.advance(Duration.ofDays(1));
        assertThat(delivery().deliverDue().givenUp()).as("never retried").isZero();
        assertThat(row(bad).attempts()).isEqualTo(1);
    }

    @Test
    void two_senders_running_at_once_deliver_each_row_exactly_once() throws Exception {
        int rows = 45;
        for (int i = 0; i < rows; i++) {
            queue("kund" + i + "@example.se", SUBJECT + " " + i, BODY);
        }
        OutboundMailDelivery nodeA = delivery();
        OutboundMailDelivery nodeB = delivery();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> sent = new ArrayList<>();
            for (OutboundMailDelivery node : List.of(nodeA, nodeB)) {
                Callable<Integer> drain = () -> {
                    go.await();
                    int total = 0;
                    for (int sweeps = 0; sweeps < 20; sweeps++) {
                        total += node.deliverDue().sent();
                    }
                    return total;
                };
                sent.add(pool.submit(drain));
            }
            go.countDown();
            int byA = sent.get(0).get(2, TimeUnit.MINUTES);
            int byB = sent.get(1).get(2, TimeUnit.MINUTES);
            assertThat(byA + byB).isEqualTo(rows);
        } finally {
            pool.shutdownNow();
        }

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(rows);
        List<String> recipients = new ArrayList<>();
        for (MimeMessage m : received) {
            recipients.addAll(addresses(m.getAllRecipients()));
        }
        assertThat(recipients).doesNotHaveDuplicates().hasSize(rows);
        assertThat(count("SELECT COUNT(*) FROM outbound_mail WHERE sent_at IS NULL OR attempts <> 1")).isZero();
    }

    @Test
    void of_many_senders_claiming_one_row_at_the_same_moment_exactly_one_gets_it() throws Exception {
        long id = queue("race@example.se", SUBJECT, BODY);
        MailOutbox outbox = new MailOutbox(db.transactions());
        Instant now = clock.instant();

        List<Object> results = race(6, () -> outbox.claim(id, now, now.plus(OutboundMailDelivery.CLAIM)));

        assertThat(results).filteredOn(r -> r instanceof Optional<?> o && o.isPresent()).hasSize(1);
        assertThat(results).allMatch(r -> r instanceof Optional<?> || r instanceof RuntimeException);
    }

    @Test
    void a_lapsed_claim_of_a_dead_sender_is_taken_over() throws Exception {
        long id = queue("lapsed@example.se", SUBJECT, BODY);
        MailOutbox outbox = new MailOutbox(db.transactions());
        Instant now = clock.instant();
        assertThat(db.inTransaction(() -> outbox.claim(id, now, now.plus(OutboundMailDelivery.CLAIM)))).isPresent();

        assertThat(delivery().deliverDue().sent()).as("still claimed by the other node").isZero();
        clock.advance(OutboundMailDelivery.CLAIM.plusSeconds(1));
        assertThat(delivery().deliverDue().sent()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void when_mail_is_disabled_nothing_is_sent_and_the_rows_stay_queued() throws Exception {
        long id = queue("later@example.se", SUBJECT, BODY);
        MailSettings off = new MailSettings(false, "localhost", port, FROM, Optional.empty(), Optional.empty(), false,
                MailSettings.DEFAULT_KEEP_DAYS);

        new OutboundMailDelivery(new MailOutbox(db.transactions()), db.transactionsPort(), off, clock).deliverDue();

        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(row(id).attempts()).isZero();
        assertThat(row(id).sentAt()).isNull();
    }

    @Test
    void mail_whose_delivery_ended_is_deleted_after_the_kept_days_and_queued_mail_never() throws Exception {
        long sentLongAgo = queue("old@example.se", SUBJECT, BODY);
        long givenUpLongAgo = queue("not an address", SUBJECT, BODY);
        OutboundMailDelivery delivery = delivery();
        assertThat(delivery.deliverDue()).isEqualTo(new OutboundMailDelivery.Sweep(1, 0, 1, 0));
        smtp.stop();
        long stuck = queue("stuck@example.se", SUBJECT, BODY);
        assertThat(delivery.deliverDue().retrying()).as("queued, the SMTP server being down").isEqualTo(1);

        clock.advance(Duration.ofDays(MailSettings.DEFAULT_KEEP_DAYS).minusMinutes(1));
        assertThat(delivery.forgetOldMail()).as("not yet %d days old", MailSettings.DEFAULT_KEEP_DAYS).isZero();
        clock.advance(OutboundMailDelivery.FORGET_EVERY);
        smtp = startSmtp(port);
        long sentRecently = queue("new@example.se", SUBJECT, BODY);
        assertThat(delivery.deliverDue().sent()).as("the stuck row and the new one").isEqualTo(2);

        assertThat(delivery.forgetOldMail()).isEqualTo(2);
        assertThat(ids()).containsExactlyInAnyOrder(stuck, sentRecently).doesNotContain(sentLongAgo, givenUpLongAgo);
        assertThat(logged).extracting(LogRecord::getMessage).anyMatch(m -> m.contains("2 notification(s)"))
                .noneMatch(m -> m.contains("old@example.se") || m.contains("Åsa"));
    }

    @Test
    void mail_kept_for_ever_is_never_deleted() throws Exception {
        long id = queue("kept@example.se", SUBJECT, BODY);
        OutboundMailDelivery keepForEver = new OutboundMailDelivery(new MailOutbox(db.transactions()),
                db.transactionsPort(), new MailSettings(true, "localhost", port, FROM, Optional.empty(),
                Optional.empty(), false, 0), clock);
        assertThat(keepForEver.deliverDue().sent()).isEqualTo(1);

        clock.advance(Duration.ofDays(3650));
        assertThat(keepForEver.forgetOldMail()).isZero();
        assertThat(ids()).containsExactly(id);
    }

    @Test
    void the_back_off_doubles_from_thirty_seconds_up_to_an_hour() {
        assertThat(OutboundMailDelivery.backOff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboundMailDelivery.backOff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboundMailDelivery.backOff(4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(OutboundMailDelivery.backOff(8)).isEqualTo(Duration.ofHours(1));
        assertThat(OutboundMailDelivery.backOff(500)).isEqualTo(Duration.ofHours(1));
    }

    private OutboundMailDelivery delivery() {
        return new OutboundMailDelivery(new MailOutbox(db.transactions()), db.transactionsPort(),
                MailSettings.plain("localhost", port, FROM), clock);
    }

    private static GreenMail startSmtp(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
    }

    record Row(OffsetDateTime sentAt, int attempts, String lastError, Instant nextAttemptAt, OffsetDateTime claimedUntil,
               OffsetDateTime givenUpAt) {
    }

    private long queue(String recipient, String subject, String body) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO outbound_mail (created_at, recipient, subject, body)"
                     + " VALUES (CURRENT_TIMESTAMP, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, recipient);
            s.setString(2, subject);
            s.setString(3, body);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private Row row(long id) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT sent_at, attempts, last_error, next_attempt_at,"
                     + " claimed_until, given_up_at FROM outbound_mail WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                OffsetDateTime next = rs.getObject(4, OffsetDateTime.class);
                return new Row(rs.getObject(1, OffsetDateTime.class), rs.getInt(2), rs.getString(3),
                        next == null ? null : next.toInstant(), rs.getObject(5, OffsetDateTime.class),
                        rs.getObject(6, OffsetDateTime.class));
            }
        }
    }

    private List<Long> ids() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM outbound_mail")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
