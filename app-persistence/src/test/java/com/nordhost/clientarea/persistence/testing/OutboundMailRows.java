package com.nordhost.clientarea.persistence.testing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The notifications a {@link TestDatabase} holds for a recipient, as the sender would see them. */
public final class OutboundMailRows {

    private OutboundMailRows() {
    }

    /** The rows of {@code outbound_mail} for a recipient: recipient, subject, body (oldest first). */
    public static List<Map<String, String>> outboundMailTo(TestDatabase db, String recipient) {
        return db.inTransaction(() -> {
            List<?> rows = db.transactions().current().createNativeQuery(
                            "SELECT recipient, subject, body FROM outbound_mail WHERE recipient = ? ORDER BY id")
                    .setParameter(1, recipient).getResultList();
            return rows.stream().map(row -> {
                Object[] r = (Object[]) row;
                return Map.of("recipient", (String) r[0], "subject", (String) r[1], "body", (String) r[2]);
            }).collect(Collectors.toList());
        });
    }

    /** The rows for a recipient with this subject (a customer also gets e.g. the "turned on" notice). */
    public static List<Map<String, String>> outboundMailTo(TestDatabase db, String recipient, String subject) {
        return outboundMailTo(db, recipient).stream().filter(row -> subject.equals(row.get("subject"))).toList();
    }
}
