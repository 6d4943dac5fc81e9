package com.nordhost.clientarea.persistence.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.notification.OutboundMessage;
import com.nordhost.clientarea.domain.notification.SentNotice;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link MailOutbox#listFor}, the customer's data export's list of notices (decision 0031), over the real schema
 * (H2 here; PostgreSQL through {@link PostgresMailOutboxListTest}): one recipient's, since a time, newest first,
 * subjects and times only, sent or not.
 */
class MailOutboxListTest extends DatabaseTest {

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private void enqueue(MailOutbox outbox, String to, String subject, Instant at) {
        tx(() -> {
            outbox.enqueue(new OutboundMessage(EmailAddress.of(to), subject, "Body with a link " + subject, at));
            return null;
        });
    }

    @Test
    void lists_one_recipients_subjects_since_a_time_newest_first() {
        MailOutbox outbox = new MailOutbox(db.transactions());
        String anna = uniqueEmail("anna");
        String other = uniqueEmail("other");
        enqueue(outbox, anna, "Too old", now.minus(400, ChronoUnit.DAYS));
        enqueue(outbox, anna, "Tvåfaktorsautentiseringen är påslagen", now.minus(30, ChronoUnit.DAYS));
        enqueue(outbox, anna, "Your password was changed", now.minus(1, ChronoUnit.DAYS));
        enqueue(outbox, other, "Someone else's", now.minus(1, ChronoUnit.DAYS));
        // A sent row is listed as well: the customer was sent it.
        List<Long> due = tx(() -> outbox.due(now.plusSeconds(1), 100));
        tx(() -> due.stream().map(id -> outbox.markSent(id, now, "sent")).toList());

        List<SentNotice> listed = tx(() -> outbox.listFor(EmailAddress.of(anna), now.minus(365, ChronoUnit.DAYS),
                100));

        assertThat(listed).containsExactly(
                new SentNotice("Your password was changed", now.minus(1, ChronoUnit.DAYS)),
                new SentNotice("Tvåfaktorsautentiseringen är påslagen", now.minus(30, ChronoUnit.DAYS)));
        assertThat(tx(() -> outbox.listFor(EmailAddress.of(anna), now.minus(365, ChronoUnit.DAYS), 1)))
                .extracting(SentNotice::subject).containsExactly("Your password was changed");
        assertThat(tx(() -> outbox.listFor(EmailAddress.of(uniqueEmail("nobody")), now.minus(365, ChronoUnit.DAYS),
                10))).isEmpty();
    }
}
