package com.nordhost.clientarea.persistence.mail;

import com.nordhost.clientarea.domain.notification.OutboundMessage;
import com.nordhost.clientarea.domain.notification.Outbox;
import com.nordhost.clientarea.domain.notification.SentNotice;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.persistence.jpa.EntityManagers;
import com.nordhost.clientarea.persistence.jpa.Timestamps;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code outbound_mail} table, both sides: the domain's {@link Outbox} ({@link #enqueue}, a row per
 * message in the caller's transaction, so a notification commits or rolls back with the change it reports),
 * and the sender's side (which rows are due, claims, results). Every method runs inside the caller's
 * transaction.
 *
 * <p>Nodes coordinate through the rows alone: {@link #claim} is a conditional UPDATE that sets
 * {@code claimed_until} only where it is NULL or past, so of two senders that try the same row at
 * the same moment exactly one changes it (the row count decides) and sends it; the other skips it.
 * A claim lapses by itself when its sender dies, and the row is then sent again by someone else.
 */
public class MailOutbox implements Outbox {

    /** Room for the SMTP server's message in {@code last_error}. */
    static final int MAX_ERROR_LENGTH = 500;
    /** The column sizes of {@code subject} and {@code body}. */
    static final int MAX_SUBJECT_LENGTH = 300;
    static final int MAX_BODY_LENGTH = 8000;

    private static final String DUE = " sent_at IS NULL AND given_up_at IS NULL"
            + " AND (next_attempt_at IS NULL OR next_attempt_at <= ?1)"
            + " AND (claimed_until IS NULL OR claimed_until < ?1)";

    private final EntityManagers entityManagers;

    public MailOutbox(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "EntityManagers are required.");
    }

    @Override
    public void enqueue(OutboundMessage message) {
        Objects.requireNonNull(message, "A message is required.");
        em().createNativeQuery("INSERT INTO outbound_mail (created_at, recipient, subject, body, reply_to)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, Timestamps.toColumn(message.createdAt()))
                .setParameter(2, message.recipient().value())
                .setParameter(3, Timestamps.fit(message.subject(), MAX_SUBJECT_LENGTH))
                .setParameter(4, Timestamps.fit(message.body(), MAX_BODY_LENGTH))
                .setParameter(5, message.replyTo() == null ? null : message.replyTo().value())
                .executeUpdate();
    }

    @Override
    public List<SentNotice> listFor(EmailAddress recipient, Instant since, int limit) {
        Objects.requireNonNull(recipient, "A recipient is required.");
        // Never the body: it may hold a link that still works.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em().createNativeQuery("SELECT subject, created_at FROM outbound_mail"
                        + " WHERE recipient = ?1 AND created_at >= ?2 ORDER BY created_at DESC, id DESC")
                .setParameter(1, recipient.value())
                .setParameter(2, Timestamps.toColumn(since))
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(r -> new SentNotice((String) r[0], Timestamps.fromColumn(r[1]))).toList();
    }

    /** Ids of unsent rows due at {@code now} and claimed by nobody, oldest first; claims nothing. */
    public List<Long> due(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em().createNativeQuery("SELECT id FROM outbound_mail WHERE" + DUE + " ORDER BY id")
                .setParameter(1, Timestamps.toColumn(now))
                .setMaxResults(limit)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * Claims the row until {@code until} if it is still due and nobody else holds it; the row count of
     * the conditional UPDATE decides. Commit before sending, so other nodes see the claim.
     *
     * @return the row's content when this caller now holds it
     */
    public Optional<QueuedMail> claim(long id, Instant now, Instant until) {
        int changed = em().createNativeQuery("UPDATE outbound_mail SET claimed_until = ?2 WHERE id = ?3 AND" + DUE)
                .setParameter(1, Timestamps.toColumn(now))
                .setParameter(2, Timestamps.toColumn(until))
                .setParameter(3, id)
                .executeUpdate();
        if (changed != 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em().createNativeQuery(
                        "SELECT recipient, subject, body, attempts, reply_to FROM outbound_mail WHERE id = ?1")
                .setParameter(1, id)
                .getResultList();
        return rows.stream().findFirst().map(r -> new QueuedMail(id, (String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).intValue(), (String) r[4]));
    }

    /** The SMTP server accepted the message: the row is done and never sent again. */
    public boolean markSent(long id, Instant now, String keptBody) {
        return em().createNativeQuery("UPDATE outbound_mail SET sent_at = ?1, attempts = attempts + 1,"
                        + " last_error = NULL, next_attempt_at = NULL, claimed_until = NULL, body = ?3"
                        + " WHERE id = ?2 AND sent_at IS NULL")
                .setParameter(1, Timestamps.toColumn(now))
                .setParameter(2, id)
                .setParameter(3, keptBody)
                .executeUpdate() == 1;
    }

    /** A failed attempt: counted, its error kept, the row due again at {@code nextAttemptAt}. */
    public boolean recordFailure(long id, Instant claimedUntil, String error, Instant nextAttemptAt) {
        return em().createNativeQuery("UPDATE outbound_mail SET attempts = attempts + 1, last_error = ?1,"
                        + " next_attempt_at = ?2, claimed_until = NULL"
                        + " WHERE id = ?3 AND sent_at IS NULL AND claimed_until = ?4")
                .setParameter(1, cut(error))
                .setParameter(2, Timestamps.toColumn(nextAttemptAt))
                .setParameter(3, id)
                .setParameter(4, Timestamps.toColumn(claimedUntil))
                .executeUpdate() == 1;
    }

    /** A refusal that retrying cannot fix (an address the server or the parser rejects): never retried. */
    public boolean giveUp(long id, Instant claimedUntil, String error, Instant now, String keptBody) {
        return em().createNativeQuery("UPDATE outbound_mail SET attempts = attempts + 1, last_error = ?1,"
                        + " given_up_at = ?2, next_attempt_at = NULL, claimed_until = NULL, body = ?5"
                        + " WHERE id = ?3 AND sent_at IS NULL AND claimed_until = ?4")
                .setParameter(1, cut(error))
                .setParameter(2, Timestamps.toColumn(now))
                .setParameter(3, id)
                .setParameter(4, Timestamps.toColumn(claimedUntil))
                .setParameter(5, keptBody)
                .executeUpdate() == 1;
    }

    /** Gives a claimed row back untried (the sweep stopped before it), due again at once. */
    public boolean release(long id, Instant claimedUntil) {
        return em().createNativeQuery("UPDATE outbound_mail SET claimed_until = NULL"
                        + " WHERE id = ?1 AND sent_at IS NULL AND claimed_until = ?2")
                .setParameter(1, id)
                .setParameter(2, Timestamps.toColumn(claimedUntil))
                .executeUpdate() == 1;
    }

    /**
     * Deletes the rows whose delivery ended (sent, or given up) before {@code cutoff}. Rows still
     * queued are kept however old they are.
     *
     * @return how many rows were deleted
     */
    public int forgetFinishedBefore(Instant cutoff) {
        return em().createNativeQuery("DELETE FROM outbound_mail WHERE sent_at < ?1"
                        + " OR (sent_at IS NULL AND given_up_at < ?1)")
                .setParameter(1, Timestamps.toColumn(cutoff))
                .executeUpdate();
    }

    @Override
    public int forget(Collection<EmailAddress> recipients) {
        Objects.requireNonNull(recipients, "Recipients are required.");
        if (recipients.isEmpty()) {
            return 0;
        }
        int deleted = 0;
        for (String recipient : recipients.stream().map(EmailAddress::value).distinct().toList()) {
            deleted += em().createNativeQuery("DELETE FROM outbound_mail WHERE recipient = ?1")
                    .setParameter(1, recipient)
                    .executeUpdate();
        }
        return deleted;
    }

    static String cut(String error) {
        String text = error == null || error.isBlank() ? "unknown error" : error.strip();
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    private EntityManager em() {
        return entityManagers.current();
    }
}
