package com.nordhost.clientarea.persistence.throttle;

import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Unknown e-mail addresses are throttled in the shared database (migration V6), not per node in memory. */
class JpaUnknownAddressCountersTest extends DatabaseTest {

    private static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.9", "test");
    private static final String KEY = "a".repeat(43);

    private JpaUnknownAddressCounters counters() {
        return new JpaUnknownAddressCounters(db.transactions());
    }

    @Test
    void a_key_counts_up_and_its_wait_only_moves_later() {
        Instant t0 = Instant.parse("2026-03-02T09:00:00.123456Z");
        assertThat(tx(() -> counters().findRetryAtForUpdate(KEY))).isEmpty();
        assertThat(tx(() -> counters().increment(KEY, t0))).isEqualTo(1);
        assertThat(tx(() -> counters().increment(KEY, t0.plusSeconds(1)))).isEqualTo(2);
        tx(() -> {
            counters().setRetryAt(KEY, t0.plusSeconds(60));
            counters().setRetryAt(KEY, t0.plusSeconds(30));
            return null;
        });
        assertThat(tx(() -> counters().findRetryAtForUpdate(KEY))).contains(t0.plusSeconds(60));
    }

    @Test
    void keys_idle_since_the_cut_off_are_purged() {
        Instant t0 = Instant.parse("2026-03-02T09:00:00Z");
        String old = "o".repeat(43);
        String recent = "r".repeat(43);
        tx(() -> {
            counters().increment(old, t0);
            counters().increment(recent, t0.plusSeconds(100));
            return null;
        });
        assertThat(tx(() -> counters().purgeIdleSince(t0.plusSeconds(50)))).isEqualTo(1);
        assertThat(tx(() -> counters().increment(old, t0.plusSeconds(200)))).as("forgotten").isEqualTo(1);
        assertThat(tx(() -> counters().increment(recent, t0.plusSeconds(200)))).isEqualTo(2);
    }

    @Test
    void two_nodes_share_the_count_of_an_unknown_address_and_the_table_holds_no_address() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:10Z"), ZoneOffset.UTC);
        DomainServices node1 = db.services(clock);
        DomainServices node2 = db.services(clock);
        String nobody = uniqueEmail("nobody-unknown");
        LoginOutcome bad = new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS);
        for (int i = 0; i < 5; i++) {
            DomainServices node = i % 2 == 0 ? node1 : node2;
            assertThat(node.passwordLogin().logIn(Realm.CUSTOMER, nobody, "guess-" + i, ORIGIN, BrowserTokens.NONE)).isEqualTo(bad);
        }
        assertThat(node2.passwordLogin().logIn(Realm.CUSTOMER, nobody, "guess-5", ORIGIN, BrowserTokens.NONE))
                .isEqualTo(new LoginOutcome.TryLater(clock.instant().plusSeconds(1)));
        List<?> hashes = tx(() -> db.transactions().current()
                .createNativeQuery("SELECT address_hash FROM unknown_address_throttle").getResultList());
        assertThat(hashes).isNotEmpty().allSatisfy(h -> assertThat((String) h).doesNotContain("nobody").hasSize(43));
    }
}
