package com.nordhost.clientarea.persistence.testing;

import com.nordhost.clientarea.domain.BackOfficeServices;
import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.persistence.audit.JpaAuditSearch;
import com.nordhost.clientarea.persistence.backoffice.JpaCustomerDirectory;
import com.nordhost.clientarea.persistence.backoffice.JpaOutbox;
import com.nordhost.clientarea.persistence.backoffice.JpaStaffDirectory;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The back-office use cases over a {@link TestDatabase}, assembled as the server does:
 * {@code BackOfficeServices office = BackOfficeTesting.services(db, db.services(clock), clock);}
 */
public final class BackOfficeTesting {

    public static final String TEST_COMPANY = "Nordhost";

    private BackOfficeTesting() {
    }

    public static BackOfficeServices services(TestDatabase db, DomainServices domain, Clock clock) {
        LocalTransactions tx = db.transactions();
        return BackOfficeServices.create(domain, new JpaCustomerDirectory(tx), new JpaAuditSearch(tx),
                new JpaOutbox(tx), new JpaStaffDirectory(tx), db.twoFactor(), tx, clock, TEST_COMPANY);
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
}
