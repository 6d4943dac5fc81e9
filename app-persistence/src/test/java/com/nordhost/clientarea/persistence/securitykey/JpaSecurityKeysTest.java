package com.nordhost.clientarea.persistence.securitykey;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.securitykey.KeyUse;
import com.nordhost.clientarea.domain.securitykey.SecurityKey;
import com.nordhost.clientarea.domain.securitykey.SecurityKeyRepository.Stored;
import com.nordhost.clientarea.domain.securitykey.WebAuthnChallenges.Purpose;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The {@code security_key} and {@code webauthn_challenge} tables (migrations V12, V21). */
class JpaSecurityKeysTest extends DatabaseTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00.123456Z");
    private static final String DATA = "pQECAyYgASFYI" + "A".repeat(200);

    private JpaSecurityKeys keys() {
        return new JpaSecurityKeys(db.transactions());
    }

    private JpaWebAuthnChallenges challenges() {
        return new JpaWebAuthnChallenges(db.transactions());
    }

    private Account customer() {
        return db.createCustomer(uniqueEmail("sk"), "Siv Securitykey", "correct horse battery");
    }

    private long add(Account customer, String credentialId, String name, Instant at) {
        return tx(() -> keys().add(customer.id(), credentialId, DATA, 0, name, at));
    }

    private static String credential(String prefix) {
        // Credential ids may be up to 1023 bytes: 1364 base64url characters.
        return prefix + "_-" + "x".repeat(1300) + System.nanoTime();
    }

    @Test
    void a_key_is_stored_found_by_its_credential_id_and_listed_oldest_first() {
        Account anna = customer();
        Account bert = customer();
        String first = credential("a");
        long older = add(anna, first, "Blue YubiKey", T0);
        long newer = add(anna, credential("b"), "Phone passkey åäö", T0.plusSeconds(60));
        add(bert, credential("c"), "Bert's", T0);

        assertThat(tx(() -> keys().findByCredentialId(first))).contains(
                new Stored(older, anna.id(), first, DATA, 0, "Blue YubiKey"));
        assertThat(tx(() -> keys().listFor(anna.id()))).containsExactly(
                new SecurityKey(older, "Blue YubiKey", T0, null),
                new SecurityKey(newer, "Phone passkey åäö", T0.plusSeconds(60), null));
        assertThat(tx(() -> keys().credentialIds(anna.id()))).hasSize(2).contains(first);
        assertThat(tx(() -> keys().findByCredentialId("unknown"))).isEmpty();
    }

    @Test
    void a_passkey_keeps_that_it_signs_in_alone_and_earlier_keys_do_not() {
        Account anna = customer();
        String passkey = credential("p");
        long id = tx(() -> keys().add(anna.id(), passkey, DATA, 0, "Phone", T0, KeyUse.SIGNS_IN_ALONE));
        long key = add(anna, credential("k"), "YubiKey", T0.plusSeconds(1));

        assertThat(tx(() -> keys().findByCredentialId(passkey))).contains(
                new Stored(id, anna.id(), passkey, DATA, 0, "Phone", KeyUse.SIGNS_IN_ALONE));
        assertThat(tx(() -> keys().listFor(anna.id()))).extracting(SecurityKey::id, SecurityKey::use)
                .containsExactly(tuple(id, KeyUse.SIGNS_IN_ALONE), tuple(key, KeyUse.AFTER_PASSWORD));
        assertThat(tx(() -> keys().recordUse(id, 0, 1, T0.plusSeconds(60)))).isTrue();
        assertThat(tx(() -> keys().findByCredentialId(passkey)).orElseThrow().use())
                .as("unchanged by a use").isEqualTo(KeyUse.SIGNS_IN_ALONE);
    }

    @Test
    void one_credential_belongs_to_one_account() {
        String id = credential("d");
        add(customer(), id, "Mine", T0);
        Account other = customer();
        assertThatThrownBy(() -> add(other, id, "Also mine", T0)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void a_use_moves_the_counter_only_from_the_value_read_and_one_of_two_racing_uses_wins() throws Exception {
        Account anna = customer();
        long id = add(anna, credential("e"), "Key", T0);
        Instant used = T0.plus(Duration.ofHours(1));

        assertThat(tx(() -> keys().recordUse(id, 5, 6, used))).as("stale counter").isFalse();
        assertThat(tx(() -> keys().recordUse(id, 0, 1, used))).isTrue();
        assertThat(tx(() -> keys().listFor(anna.id())).get(0).lastUsedAt()).isEqualTo(used);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> a = pool.submit(() -> {
                start.await();
                return tx(() -> keys().recordUse(id, 1, 2, used));
            });
            Future<Boolean> b = pool.submit(() -> {
                start.await();
                return tx(() -> keys().recordUse(id, 1, 2, used));
            });
            start.countDown();
            assertThat(a.get() ^ b.get()).as("exactly one of the two").isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(tx(() -> keys().findByCredentialId(keys0(anna))).orElseThrow().signCount()).isEqualTo(2);
    }

    private String keys0(Account account) {
        return tx(() -> keys().credentialIds(account.id())).get(0);
    }

    @Test
    void a_key_is_removed_only_by_its_account_and_all_of_them_with_the_second_factor() {
        Account anna = customer();
        Account bert = customer();
        long annas = add(anna, credential("f"), "One", T0);
        add(anna, credential("g"), "Two", T0);
        long berts = add(bert, credential("h"), "Bert's", T0);

        assertThat(tx(() -> keys().delete(anna.id(), berts))).isFalse();
        assertThat(tx(() -> keys().delete(anna.id(), annas))).isTrue();
        assertThat(tx(() -> keys().delete(anna.id(), annas))).isFalse();
        assertThat(tx(() -> keys().deleteAll(anna.id()))).isEqualTo(1);
        assertThat(tx(() -> keys().listFor(anna.id()))).isEmpty();
        assertThat(tx(() -> keys().listFor(bert.id()))).hasSize(1);
    }

    @Test
    void a_challenge_passes_once_for_its_account_and_purpose_before_it_expires() {
        Account anna = customer();
        Account bert = customer();
        String hash = "a".repeat(64);
        tx(() -> {
            challenges().issue(anna.id(), Purpose.LOGIN, hash, T0, T0.plusSeconds(180));
            return null;
        });

        assertThat(tx(() -> challenges().consume(bert.id(), Purpose.LOGIN, hash, T0))).isFalse();
        assertThat(tx(() -> challenges().consume(anna.id(), Purpose.REGISTRATION, hash, T0))).isFalse();
        assertThat(tx(() -> challenges().consume(anna.id(), Purpose.LOGIN, hash, T0.plusSeconds(180))))
                .as("expired").isFalse();
        assertThat(tx(() -> challenges().consume(anna.id(), Purpose.LOGIN, hash, T0.plusSeconds(179)))).isTrue();
        assertThat(tx(() -> challenges().consume(anna.id(), Purpose.LOGIN, hash, T0.plusSeconds(179))))
                .as("used").isFalse();
    }

    @Test
    void a_new_ceremony_replaces_the_accounts_earlier_one_and_expired_challenges_go() {
        Account anna = customer();
        Account bert = customer();
        String first = "b".repeat(64);
        String second = "c".repeat(64);
        String bertsOld = "d".repeat(64);
        tx(() -> {
            challenges().issue(bert.id(), Purpose.LOGIN, bertsOld, T0, T0.plusSeconds(10));
            challenges().issue(anna.id(), Purpose.LOGIN, first, T0, T0.plusSeconds(180));
            challenges().issue(anna.id(), Purpose.LOGIN, second, T0.plusSeconds(20), T0.plusSeconds(200));
            return null;
        });
        assertThat(tx(() -> challenges().consume(anna.id(), Purpose.LOGIN, first, T0.plusSeconds(30)))).isFalse();
        assertThat(tx(() -> challenges().consume(anna.id(), Purpose.LOGIN, second, T0.plusSeconds(30)))).isTrue();
        Object left = tx(() -> db.transactions().current()
                .createNativeQuery("SELECT COUNT(*) FROM webauthn_challenge WHERE challenge_hash = ?1")
                .setParameter(1, bertsOld).getSingleResult());
        assertThat(((Number) left).intValue()).as("expired rows are deleted").isZero();
    }
}
