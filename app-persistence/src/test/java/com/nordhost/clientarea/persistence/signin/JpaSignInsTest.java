package com.nordhost.clientarea.persistence.signin;

import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.profile.PasswordChangeOutcome;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.signin.ActiveSignIn;
import com.nordhost.clientarea.domain.signin.SecondFactorUsed;
import com.nordhost.clientarea.domain.signin.SignInRepository.Stored;
import com.nordhost.clientarea.domain.signin.SignIns;
import com.nordhost.clientarea.domain.testing.MutableClock;
import com.nordhost.clientarea.persistence.account.JpaAccountRepository;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code sign_in} table (migration V17) and the sign-ins over it: stored and restored, idle and absolute expiry,
 * ended by every session-epoch change in the same transaction, last seen written once by concurrent requests, purge.
 */
class JpaSignInsTest extends DatabaseTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00.123456Z");
    private static final RequestOrigin ORIGIN = new RequestOrigin("2001:db8::1",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0");
    private static final String PASSWORD = "correct horse battery";

    private final MutableClock clock = new MutableClock(T0);

    private JpaSignIns table() {
        return new JpaSignIns(db.transactions());
    }

    private DomainServices services() {
        return db.services(clock);
    }

    private Account customer() {
        return db.createCustomer(uniqueEmail("si"), "Sigrid Signedin", PASSWORD);
    }

    private long add(Account customer, String hash, Instant at) {
        return tx(() -> table().add(customer.id(), Realm.CUSTOMER, hash, 0, "Firefox on Windows", "2001:db8::1",
                SecondFactorUsed.SECURITY_KEY, at));
    }

    private static String hash(char c) {
        return String.valueOf(c).repeat(64);
    }

    @Test
    void a_sign_in_is_stored_with_its_hash_realm_epoch_and_dates_and_listed() {
        Account customer = customer();
        long id = add(customer, hash('a'), T0);

        assertThat(tx(() -> table().find(id))).contains(new Stored(id, customer.id(), Realm.CUSTOMER, hash('a'), 0,
                T0, T0, SecondFactorUsed.SECURITY_KEY));
        assertThat(tx(() -> table().listFor(customer.id(), T0.minusSeconds(1), T0.minusSeconds(1)))).containsExactly(
                new ActiveSignIn(id, "Firefox on Windows", "2001:db8::1", T0, T0, SecondFactorUsed.SECURITY_KEY));
    }

    @Test
    void a_restored_sign_in_gives_the_account_and_a_changed_cookie_gives_nothing() {
        Account customer = customer();
        SignIns signIns = services().signIns();
        SignIns.Begun begun = signIns.begin(customer.id(), SecondFactorUsed.NONE, ORIGIN).orElseThrow();

        assertThat(signIns.restore(Realm.CUSTOMER, begun.token()).orElseThrow().account().id())
                .isEqualTo(customer.id());
        assertThat(signIns.restore(Realm.CUSTOMER, begun.token() + "x")).isEmpty();
        ActiveSignIn listed = signIns.list(customer.id()).get(0);
        assertThat(listed.browser()).isEqualTo("Firefox on Windows");
        assertThat(listed.ip()).isEqualTo("2001:db8::1");
    }

    @Test
    void idle_and_absolute_expiry_over_the_database() {
        Account customer = customer();
        SignIns signIns = services().signIns();
        SignIns.Begun idle = signIns.begin(customer.id(), SecondFactorUsed.NONE, ORIGIN).orElseThrow();
        SignIns.Begun busy = signIns.begin(customer.id(), SecondFactorUsed.NONE, ORIGIN).orElseThrow();
        for (int i = 0; i < 35; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(signIns.isCurrent(customer.id(), 0, busy.id(), true)).isTrue();
        }
        assertThat(signIns.restore(Realm.CUSTOMER, idle.token())).as("idle for hours").isEmpty();
        assertThat(tx(() -> table().find(idle.id()))).as("its row went on the way").isEmpty();

        clock.advance(Duration.ofMinutes(20));
        assertThat(signIns.restore(Realm.CUSTOMER, busy.token())).as("12 h after the login").isEmpty();
    }

    @Test
    void every_session_epoch_change_deletes_the_accounts_sign_ins_in_its_transaction() {
        Account customer = customer();
        Account other = customer();
        add(customer, hash('b'), T0);
        add(customer, hash('c'), T0);
        long others = add(other, hash('d'), T0);

        assertThat(tx(() -> new JpaAccountRepository(db.transactions()).advanceSessionEpoch(customer.id())))
                .isEqualTo(1);

        assertThat(tx(() -> table().listFor(customer.id(), Instant.EPOCH, Instant.EPOCH))).isEmpty();
        assertThat(tx(() -> table().find(others))).isPresent();
    }

    @Test
    void a_password_change_ends_the_sign_ins_of_the_account() {
        Account customer = customer();
        DomainServices services = services();
        SignIns.Begun begun = services.signIns().begin(customer.id(), SecondFactorUsed.NONE, ORIGIN).orElseThrow();

        assertThat(services.passwordChange().change(customer.id(), PASSWORD, "another long password 2026", ORIGIN))
                .isInstanceOf(PasswordChangeOutcome.Changed.class);

        assertThat(tx(() -> table().find(begun.id()))).isEmpty();
        assertThat(services.signIns().restore(Realm.CUSTOMER, begun.token())).isEmpty();
    }

    @Test
    void concurrent_requests_write_last_seen_once() throws Exception {
        Account customer = customer();
        long id = add(customer, hash('e'), T0);
        Instant now = T0.plus(Duration.ofMinutes(5));

        List<Object> results = race(6, () -> table().touch(id, now, now.minus(Duration.ofMinutes(1))));

        assertThat(results).filteredOn(Boolean.TRUE::equals).hasSize(1);
        assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(Boolean.class));
        assertThat(tx(() -> table().find(id)).orElseThrow().lastSeenAt()).isEqualTo(now);
        assertThat(tx(() -> table().touch(id, now.plusSeconds(30), now))).as("within the minute").isFalse();
    }

    @Test
    void sign_out_one_all_but_one_and_all() {
        Account anna = customer();
        Account bert = customer();
        long first = add(anna, hash('f'), T0);
        long second = add(anna, hash('g'), T0);
        long third = add(anna, hash('h'), T0);
        long berts = add(bert, hash('i'), T0);

        assertThat(tx(() -> table().delete(anna.id(), berts))).as("not Anna's").isFalse();
        assertThat(tx(() -> table().delete(anna.id(), first))).isTrue();
        assertThat(tx(() -> table().deleteAllExcept(anna.id(), second))).isEqualTo(1);
        assertThat(tx(() -> table().find(third))).isEmpty();
        assertThat(tx(() -> table().removeAll(anna.id()))).isEqualTo(1);
        assertThat(tx(() -> table().find(berts))).isPresent();
    }

    @Test
    void the_purge_deletes_idle_and_too_old_sign_ins_only() {
        Account customer = customer();
        long idle = add(customer, hash('j'), T0);
        long old = add(customer, hash('k'), T0.minus(Duration.ofHours(13)));
        long fresh = add(customer, hash('l'), T0.plus(Duration.ofMinutes(31)));
        tx(() -> table().touch(old, T0.plus(Duration.ofMinutes(30)), T0.plus(Duration.ofMinutes(30))));
        clock.set(T0.plus(Duration.ofMinutes(32)));

        assertThat(services().signIns().purgeExpired()).as("with other tests' old rows").isGreaterThanOrEqualTo(2);

        assertThat(tx(() -> table().find(idle))).isEmpty();
        assertThat(tx(() -> table().find(old))).isEmpty();
        assertThat(tx(() -> table().find(fresh))).isPresent();
    }
}
