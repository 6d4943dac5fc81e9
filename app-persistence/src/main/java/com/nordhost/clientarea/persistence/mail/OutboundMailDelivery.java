package com.nordhost.clientarea.persistence.mail;

import com.nordhost.clientarea.domain.shared.Transactions;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds through SMTP (Jakarta Mail), one sweep per {@link #deliverDue()} call.
 *
 * <p>A sweep claims up to {@value #BATCH} due rows (each claim committed on its own, so other nodes
 * see it), opens one SMTP connection, sends each row and records the result in a short transaction
 * right after its send: sent (never sent again), failed (attempt counted, error kept, retried with
 * exponential back-off from {@link #FIRST_RETRY} up to {@link #MAX_RETRY}) or refused for good (bad
 * address: never retried). A row that fails does not stop the others. When the server cannot be
 * reached, every claimed row counts a failed attempt and stays queued; one WARNING is logged for the
 * whole failure streak, and one INFO line when delivery works again. Log lines name rows by id only:
 * never a recipient, subject or body, which may carry what a customer told support.
 *
 * <p>Delivery is at least once: SMTP cannot share a transaction with the database, so a node that
 * dies after the server accepted a message but before its row was marked sent leaves a claim that
 * lapses after {@link #CLAIM} and the row is sent again. The claim outlasts any send by far (every
 * SMTP wait is bounded by {@link #SMTP_TIMEOUT}), so two live senders never send one row.
 */
public class OutboundMailDelivery {

    static final int BATCH = 20;
    static final Duration CLAIM = Duration.ofMinutes(10);
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration MAX_RETRY = Duration.ofHours(1);
    static final Duration SMTP_TIMEOUT = Duration.ofSeconds(15);
    /** Old rows are looked for this often, not on every sweep. */
    static final Duration FORGET_EVERY = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(OutboundMailDelivery.class.getName());

    /** What one sweep did. */
    public record Sweep(int sent, int retrying, int givenUp, int released) {

        static final Sweep NOTHING = new Sweep(0, 0, 0, 0);
    }

    private final MailOutbox outbox;
    private final Transactions transactions;
    private final MailSettings settings;
    private final Clock clock;
    private final Session session;
    private final InternetAddress from;
    private boolean failing;
    private Instant lastForgotten;

    public OutboundMailDelivery(MailOutbox outbox, Transactions transactions, MailSettings settings, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox, "The outbox is required.");
        this.transactions = Objects.requireNonNull(transactions, "Transactions are required.");
        this.settings = Objects.requireNonNull(settings, "Mail settings are required.");
        this.clock = Objects.requireNonNull(clock, "A clock is required.");
        this.from = parseFrom(settings.from());
        this.session = Session.getInstance(sessionProperties(settings, from));
    }

    /** Sends the rows due now (at most {@value #BATCH}); does nothing when mail is disabled. */
    public synchronized Sweep deliverDue() {
        if (!settings.enabled()) {
            return Sweep.NOTHING;
        }
        Instant now = clock.instant();
        Instant until = now.plus(CLAIM);
        List<QueuedMail> claimed = claim(now, until);
        if (claimed.isEmpty()) {
            return Sweep.NOTHING;
        }
        Transport transport;
        try {
            transport = connect();
        } catch (MessagingException e) {
            for (QueuedMail mail : claimed) {
                retryLater(mail, until, "SMTP server unreachable: " + describe(e));
            }
            streakOfFailures("cannot reach the SMTP server " + settings.host() + ":" + settings.port() + " ("
                    + describe(e) + "); " + claimed.size() + " notification(s) stay queued");
            return new Sweep(0, claimed.size(), 0, 0);
        }
        int sent = 0;
        int retrying = 0;
        int givenUp = 0;
        int released = 0;
        try {
            for (int i = 0; i < claimed.size(); i++) {
                QueuedMail mail = claimed.get(i);
                Optional<MimeMessage> message = compose(mail, until);
                if (message.isEmpty()) {
                    givenUp++;
                    continue;
                }
                try {
                    transport.sendMessage(message.get(), message.get().getAllRecipients());
                } catch (SendFailedException e) {
                    if (refusedForGood(e)) {
                        giveUp(mail, until, "Refused by the SMTP server: " + describe(e));
                        givenUp++;
                    } else {
                        retryLater(mail, until, "Not accepted by the SMTP server: " + describe(e));
                        retrying++;
                        streakOfFailures("the SMTP server did not accept notification #" + mail.id() + " ("
                                + describe(e) + ")");
                    }
                    continue;
                } catch (MessagingException e) {
                    retryLater(mail, until, "SMTP failure: " + describe(e));
                    retrying++;
                    streakOfFailures("sending notification #" + mail.id() + " failed (" + describe(e) + ")");
                    if (!transport.isConnected()) {
                        for (QueuedMail rest : claimed.subList(i + 1, claimed.size())) {
                            transactions.inTransaction(() -> outbox.release(rest.id(), until));
                            released++;
                        }
                        break;
                    }
                    continue;
                }
                markSent(mail);
                sent++;
            }
        } finally {
            closeQuietly(transport);
        }
        if (sent > 0 && failing) {
            failing = false;
            LOG.info("Outbound mail: the SMTP server accepts notifications again.");
        }
        return new Sweep(sent, retrying, givenUp, released);
    }

    /**
     * Deletes rows whose delivery ended more than {@link MailSettings#keepDays()} ago (they hold a
     * customer's name and address; the audit trail keeps the event). Does the work at most once per
     * {@link #FORGET_EVERY}; nothing when mail is disabled or kept for ever.
     *
     * @return how many rows were deleted now
     */
    public synchronized int forgetOldMail() {
        Instant now = clock.instant();
        if (!settings.enabled() || settings.keepDays() == 0
                || lastForgotten != null && now.isBefore(lastForgotten.plus(FORGET_EVERY))) {
            return 0;
        }
        Instant cutoff = now.minus(Duration.ofDays(settings.keepDays()));
        int deleted = transactions.inTransaction(() -> outbox.forgetFinishedBefore(cutoff));
        lastForgotten = now;
        if (deleted > 0) {
            LOG.info(() -> "Outbound mail: " + deleted + " notification(s) delivered or given up more than "
                    + settings.keepDays() + " days ago deleted.");
        }
        return deleted;
    }

    private List<QueuedMail> claim(Instant now, Instant until) {
        List<Long> due = transactions.inTransaction(() -> outbox.due(now, BATCH));
        List<QueuedMail> claimed = new ArrayList<>();
        for (long id : due) {
            try {
                transactions.inTransaction(() -> outbox.claim(id, now, until)).ifPresent(claimed::add);
            } catch (RuntimeException anotherSenderHasIt) {
                // H2 may refuse a concurrent update of the same row instead of returning 0 rows.
                LOG.log(Level.FINE, "Outbound mail #{0} not claimed: {1}", new Object[] {id, anotherSenderHasIt});
            }
        }
        return claimed;
    }

    private Transport connect() throws MessagingException {
        Transport transport = session.getTransport("smtp");
        if (settings.user().isPresent()) {
            transport.connect(settings.host(), settings.port(), settings.user().get(),
                    settings.password().orElse(""));
        } else {
            transport.connect();
        }
        return transport;
    }

    /** The message for a row, or empty when the row cannot be sent at all (then it is given up). */
    private Optional<MimeMessage> compose(QueuedMail mail, Instant until) {
        try {
            InternetAddress[] to = InternetAddress.parse(mail.recipient(), true);
            if (to.length != 1) {
                throw new AddressException("Exactly one recipient expected, found " + to.length + ".");
            }
            to[0].validate();
            MimeMessage message = new MimeMessage(session);
            message.setFrom(from);
            message.setRecipients(Message.RecipientType.TO, to);
            if (mail.replyTo() != null && !mail.replyTo().isBlank()) {
                message.setReplyTo(InternetAddress.parse(mail.replyTo(), true));
            }
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(clock.instant()));
            // RFC 3834: an automatic notification; auto-responders should not answer it.
            message.setHeader("Auto-Submitted", "auto-generated");
            message.saveChanges();
            return Optional.of(message);
        } catch (MessagingException e) {
            giveUp(mail, until, "Cannot be sent: " + describe(e));
            return Optional.empty();
        }
    }

    /** Rejected recipients (5xx to RCPT TO) with nobody accepted: retrying gives the same answer. */
    private static boolean refusedForGood(SendFailedException e) {
        Address[] invalid = e.getInvalidAddresses();
        Address[] sent = e.getValidSentAddresses();
        Address[] unsent = e.getValidUnsentAddresses();
        return invalid != null && invalid.length > 0 && (sent == null || sent.length == 0)
                && (unsent == null || unsent.length == 0);
    }

    private void markSent(QueuedMail mail) {
        try {
            // The stored copy keeps no working link (SpentLinks).
            transactions.inTransaction(() -> outbox.markSent(mail.id(), clock.instant(),
                    SpentLinks.removedFrom(mail.body())));
        } catch (RuntimeException e) {
            // Accepted by SMTP but not recorded: the claim lapses and the row goes out again.
            LOG.warning("Outbound mail #" + mail.id() + " was sent but could not be marked sent ("
                    + e.getClass().getSimpleName() + "); it will be sent again after its claim lapses.");
        }
    }

    private void retryLater(QueuedMail mail, Instant until, String error) {
        Instant next = clock.instant().plus(backOff(mail.attempts() + 1));
        transactions.inTransaction(() -> outbox.recordFailure(mail.id(), until, error, next));
    }

    private void giveUp(QueuedMail mail, Instant until, String error) {
        transactions.inTransaction(() -> outbox.giveUp(mail.id(), until, error, clock.instant(),
                SpentLinks.removedFrom(mail.body())));
        LOG.warning("Outbound mail #" + mail.id() + " cannot be delivered and is given up"
                + " (the reason is in outbound_mail.last_error).");
    }

    /** The wait after the n-th failed attempt: 30 s, 1 min, 2 min, ... at most one hour. */
    static Duration backOff(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 16));
        Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait;
    }

    private void streakOfFailures(String what) {
        if (!failing) {
            failing = true;
            LOG.warning("Outbound mail: " + what + ". Retrying with back-off; further failures are not logged"
                    + " until delivery works again.");
        } else {
            LOG.fine(() -> "Outbound mail: " + what + ".");
        }
    }

    /** The exception and its causes' messages, one line, no stack trace. */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < MailOutbox.MAX_ERROR_LENGTH; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                text.append(": ").append(t.getMessage().strip().replaceAll("\\s+", " "));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return text.toString();
    }

    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException ignored) {
            // the connection is gone either way
        }
    }

    private static InternetAddress parseFrom(String address) {
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            return parsed;
        } catch (AddressException e) {
            throw new IllegalArgumentException(MailSettings.FROM_KEY + " is not a valid address: " + e.getMessage(), e);
        }
    }

    static Properties sessionProperties(MailSettings settings, InternetAddress from) {
        Properties p = new Properties();
        String timeout = Long.toString(SMTP_TIMEOUT.toMillis());
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", settings.host());
        p.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        p.setProperty("mail.smtp.connectiontimeout", timeout);
        p.setProperty("mail.smtp.timeout", timeout);
        p.setProperty("mail.smtp.writetimeout", timeout);
        // Bounces go to the sender address (the envelope MAIL FROM).
        p.setProperty("mail.smtp.from", from.getAddress());
        p.setProperty("mail.smtp.auth", Boolean.toString(settings.user().isPresent()));
        if (settings.startTls()) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
            p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        return p;
    }
}
