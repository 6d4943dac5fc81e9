package com.nordhost.clientarea.persistence.remembered;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.remembered.RememberedBrowser;
import com.nordhost.clientarea.domain.remembered.RememberedBrowserRepository.Stored;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code remembered_browser} table (migration V10): rows of one account, forgetting, expiry. */
class JpaRememberedBrowsersTest extends DatabaseTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00.123456Z");
    private static final Instant EXPIRES = T0.plus(Duration.ofDays(30));

    private JpaRememberedBrowsers browsers() {
        return new JpaRememberedBrowsers(db.transactions());
    }

    private Account customer() {
        return db.createCustomer(uniqueEmail("rb"), "Rut Remembered", "correct horse battery");
    }

    private long add(Account customer, String hash, Instant at) {
        return tx(() -> browsers().add(customer.id(), hash, 3, "Chrome on Linux", "198.51.100.20", at,
                at.plus(Duration.ofDays(30))));
    }

    private static String hash(char c) {
        return String.valueOf(c).repeat(64);
    }

    @Test
    void a_remembered_browser_is_stored_with_its_hash_epoch_and_dates_and_listed() {
        Account customer = customer();
        long id = add(customer, hash('a'), T0);

        Stored stored = tx(() -> browsers().find(id)).orElseThrow();
        assertThat(stored).isEqualTo(new Stored(id, customer.id(), hash('a'), 3, EXPIRES));
        assertThat(tx(() -> browsers().listFor(customer.id(), T0))).containsExactly(
                new RememberedBrowser(id, "Chrome on Linux", "198.51.100.20", T0, null, EXPIRES));

        Instant used = T0.plus(Duration.ofDays(2));
        tx(() -> {
            browsers().markUsed(id, used);
            return null;
        });
        assertThat(tx(() -> browsers().listFor(customer.id(), used)).get(0).lastUsedAt()).isEqualTo(used);
    }

    @Test
    void the_list_holds_only_the_accounts_unexpired_browsers_newest_first() {
        Account anna = customer();
        Account bert = customer();
        long older = add(anna, hash('b'), T0);
        long newer = add(anna, hash('c'), T0.plusSeconds(60));
        add(bert, hash('d'), T0);

        assertThat(tx(() -> browsers().listFor(anna.id(), T0.plusSeconds(61))))
                .extracting(RememberedBrowser::id).containsExactly(newer, older);
        assertThat(tx(() -> browsers().listFor(anna.id(), EXPIRES))).extracting(RememberedBrowser::id)
                .containsExactly(newer);
    }

    @Test
    void forgetting_deletes_only_the_accounts_own_rows() {
        Account anna = customer();
        Account bert = customer();
        long first = add(anna, hash('e'), T0);
        add(anna, hash('f'), T0);
        long berts = add(bert, hash('g'), T0);

        assertThat(tx(() -> browsers().delete(anna.id(), berts))).as("not Anna's").isFalse();
        assertThat(tx(() -> browsers().delete(anna.id(), first))).isTrue();
        assertThat(tx(() -> browsers().find(first))).isEmpty();
        assertThat(tx(() -> browsers().deleteAll(anna.id()))).isEqualTo(1);
        assertThat(tx(() -> browsers().listFor(anna.id(), T0))).isEmpty();
        assertThat(tx(() -> browsers().find(berts))).isPresent();
    }

    @Test
    void expired_rows_of_every_account_are_purged() {
        Account anna = customer();
        long old = add(anna, hash('h'), T0.minus(Duration.ofDays(31)));
        long fresh = add(anna, hash('i'), T0);

        assertThat(tx(() -> browsers().deleteExpired(T0))).isGreaterThanOrEqualTo(1);
        assertThat(tx(() -> browsers().find(old))).isEmpty();
        assertThat(tx(() -> browsers().find(fresh))).isPresent();
    }

    @Test
    void a_secret_hash_is_stored_once() {
        Account anna = customer();
        add(anna, hash('j'), T0);

        assertThatThrownBy(() -> add(anna, hash('j'), T0)).isInstanceOf(RuntimeException.class);
    }
}
