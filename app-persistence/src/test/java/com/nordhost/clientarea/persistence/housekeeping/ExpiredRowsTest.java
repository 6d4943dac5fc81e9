package com.nordhost.clientarea.persistence.housekeeping;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.recovery.RecoveryRequests.Status;
import com.nordhost.clientarea.domain.securitykey.WebAuthnChallenges.Purpose;
import com.nordhost.clientarea.persistence.recovery.JpaPasswordResetRequests;
import com.nordhost.clientarea.persistence.recovery.JpaRecoveryRequests;
import com.nordhost.clientarea.persistence.remembered.JpaRememberedBrowsers;
import com.nordhost.clientarea.persistence.securitykey.JpaWebAuthnChallenges;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sweep's other tables (issue 21): expired remembered browsers, WebAuthn challenges, reset requests and
 * unconfirmed recovery requests go once no rule counts them; what is still valid, still counted, an invitation or a
 * decided recovery request stays.
 */
class ExpiredRowsTest extends DatabaseTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final Instant LONG_AGO = NOW.minus(Duration.ofDays(40));

    private Account customer() {
        return db.createCustomer(uniqueEmail("er"), "Erik Expired", "correct horse battery");
    }

    private static String hash(String seed) {
        return (seed + "0".repeat(64)).substring(0, 64);
    }

    private long count(String table, Account account) {
        return tx(() -> ((Number) db.transactions().current()
                .createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE account_id = ?1")
                .setParameter(1, account.id().value()).getSingleResult()).longValue());
    }

    @Test
    void expired_rows_go_and_rows_a_rule_still_uses_stay() {
        Account erik = customer();
        String tag = Long.toString(erik.id().value());
        JpaRememberedBrowsers browsers = new JpaRememberedBrowsers(db.transactions());
        JpaWebAuthnChallenges challenges = new JpaWebAuthnChallenges(db.transactions());
        JpaPasswordResetRequests resets = new JpaPasswordResetRequests(db.transactions());
        JpaRecoveryRequests recoveries = new JpaRecoveryRequests(db.transactions());
        tx(() -> {
            browsers.add(erik.id(), hash("a" + tag), 0, "Chrome on Linux", null, LONG_AGO, NOW.minusSeconds(1));
            browsers.add(erik.id(), hash("b" + tag), 0, "Chrome on Linux", null, LONG_AGO, NOW.plusSeconds(60));
            challenges.issue(erik.id(), Purpose.LOGIN, hash("c" + tag), LONG_AGO, LONG_AGO.plusSeconds(300));
            challenges.issue(erik.id(), Purpose.REGISTRATION, hash("d" + tag), NOW, NOW.plusSeconds(300));
            resets.record(erik.id(), hash("e" + tag), LONG_AGO, LONG_AGO.plusSeconds(3600), "203.0.113.5");
            resets.record(erik.id(), hash("f" + tag), NOW.minus(Duration.ofHours(2)), NOW.minus(Duration.ofHours(1)),
                    "203.0.113.5");
            resets.recordInvitation(erik.id(), hash("g" + tag), LONG_AGO, LONG_AGO.plus(Duration.ofDays(7)), null);
            long expired = recoveries.create(erik.id(), erik.email().value(), true, hash("h" + tag), LONG_AGO,
                    LONG_AGO.plusSeconds(3600), null);
            recoveries.close(expired, Status.UNCONFIRMED, Status.EXPIRED, LONG_AGO.plusSeconds(3600));
            long rejected = recoveries.create(erik.id(), erik.email().value(), true, hash("i" + tag), LONG_AGO,
                    LONG_AGO.plusSeconds(3600), null);
            recoveries.close(rejected, Status.UNCONFIRMED, Status.VOIDED, LONG_AGO.plusSeconds(60));
            return null;
        });

        ExpiredRows.Purged purged = tx(() -> new ExpiredRows(db.transactions()).purge(NOW));

        assertThat(purged.rememberedBrowsers()).isGreaterThanOrEqualTo(1);
        assertThat(count("remembered_browser", erik)).as("the unexpired browser").isEqualTo(1);
        assertThat(count("webauthn_challenge", erik)).as("the open challenge").isEqualTo(1);
        assertThat(count("password_reset", erik)).as("the invitation and the reset the throttle still counts")
                .isEqualTo(2);
        assertThat(count("recovery_request", erik)).as("the voided request support sees").isEqualTo(1);
        assertThat(tx(() -> new ExpiredRows(db.transactions()).purge(NOW)).total()).as("a second run").isZero();
    }
}
