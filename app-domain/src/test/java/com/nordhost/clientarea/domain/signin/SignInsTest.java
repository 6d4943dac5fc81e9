package com.nordhost.clientarea.domain.signin;

import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.notification.OutboundMessage;
import com.nordhost.clientarea.domain.profile.PasswordChangeOutcome;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static com.nordhost.clientarea.domain.testing.DomainFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** Sign-ins kept in the database (decision 0037): restore, expiry, ending, listing and purge. */
class SignInsTest {

    private static final RequestOrigin CHROME = new RequestOrigin("198.51.100.20",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36");

    private final DomainFixture f = new DomainFixture();
    private final SignIns signIns = f.services.signIns();

    private SignIns.Begun begin() {
        return signIns.begin(f.customer.id(), SecondFactorUsed.APP_CODE, CHROME).orElseThrow();
    }

    private void after(Duration time) {
        f.clock.advance(time);
    }

    @Test
    void a_valid_cookie_restores_the_signed_in_account_without_counting_or_auditing_a_login() {
        SignIns.Begun begun = begin();
        int eventsBefore = f.audit.all().size();

        SignIns.Restored restored = signIns.restore(Realm.CUSTOMER, begun.token()).orElseThrow();

        assertThat(restored.account().id()).isEqualTo(f.customer.id());
        assertThat(restored.signInId()).isEqualTo(begun.id());
        assertThat(restored.secondFactor()).isEqualTo(SecondFactorUsed.APP_CODE);
        assertThat(f.audit.all()).as("a restore is no login").hasSize(eventsBefore);
        assertThat(f.accounts.passwordFailures(f.customer.id())).isZero();
        assertThat(begun.token()).doesNotContain(f.signIns.find(begun.id()).orElseThrow().secretHash());
    }

    @Test
    void forged_tampered_and_other_realm_cookies_restore_nothing() {
        SignIns.Begun begun = begin();
        String[] parts = begun.token().split("\\.");
        String otherSecret = parts[0] + "." + "A".repeat(43) + "." + parts[2];

        assertThat(signIns.restore(Realm.CUSTOMER, otherSecret)).isEmpty();
        assertThat(signIns.restore(Realm.CUSTOMER, "1.x.y")).isEmpty();
        assertThat(signIns.restore(Realm.CUSTOMER, null)).isEmpty();
        assertThat(signIns.restore(Realm.STAFF, begun.token())).as("the back-office ignores a customer's").isEmpty();
        assertThat(signIns.restore(Realm.CUSTOMER, begun.token())).isPresent();
    }

    @Test
    void a_sign_in_idle_for_the_idle_time_is_over_and_its_row_goes() {
        SignIns.Begun begun = begin();
        after(Duration.ofMinutes(29));
        assertThat(signIns.restore(Realm.CUSTOMER, begun.token())).isPresent();
        after(Duration.ofMinutes(29));
        assertThat(signIns.restore(Realm.CUSTOMER, begun.token())).as("the restore was activity").isPresent();
        after(Duration.ofMinutes(30));

        assertThat(signIns.restore(Realm.CUSTOMER, begun.token())).isEmpty();
        assertThat(f.signIns.size()).isZero();
    }

    @Test
    void an_active_sign_in_ends_at_the_absolute_limit() {
        SignIns.Begun begun = begin();
        int epoch = f.accounts.findSessionEpoch(f.customer.id()).orElseThrow();
        for (int i = 0; i < 11 * 3 + 2; i++) {
            after(Duration.ofMinutes(20));
            assertThat(signIns.isCurrent(f.customer.id(), epoch, begun.id(), true)).isTrue();
        }
        after(Duration.ofMinutes(20));

        assertThat(signIns.isCurrent(f.customer.id(), epoch, begun.id(), true)).as("12 h after the login").isFalse();
        assertThat(signIns.restore(Realm.CUSTOMER, begun.token())).isEmpty();
    }

    @Test
    void heartbeats_do_not_keep_a_sign_in_alive() {
        SignIns.Begun begun = begin();
        int epoch = f.accounts.findSessionEpoch(f.customer.id()).orElseThrow();
        after(Duration.ofMinutes(20));
        assertThat(signIns.isCurrent(f.customer.id(), epoch, begun.id(), false)).isTrue();
        after(Duration.ofMinutes(11));

        assertThat(signIns.isCurrent(f.customer.id(), epoch, begun.id(), false)).isFalse();
    }

    @Test
    void last_seen_is_written_at_most_once_a_minute() {
        SignIns.Begun begun = begin();
        int epoch = f.accounts.findSessionEpoch(f.customer.id()).orElseThrow();
        after(Duration.ofSeconds(61));
        signIns.isCurrent(f.customer.id(), epoch, begun.id(), true);
        var firstWrite = f.clock.instant();
        after(Duration.ofSeconds(30));
        signIns.isCurrent(f.customer.id(), epoch, begun.id(), true);

        assertThat(signIns.list(f.customer.id())).singleElement()
                .satisfies(s -> assertThat(s.lastActiveAt()).isEqualTo(firstWrite));
        after(Duration.ofSeconds(31));
        signIns.isCurrent(f.customer.id(), epoch, begun.id(), true);
        assertThat(signIns.list(f.customer.id()).get(0).lastActiveAt()).isEqualTo(f.clock.instant());
    }

    @Test
    void a_password_change_ends_every_sign_in_of_the_account() {
        SignIns.Begun here = begin();
        SignIns.Begun there = begin();
        int epoch = f.accounts.findSessionEpoch(f.customer.id()).orElseThrow();

        PasswordChangeOutcome changed = f.services.passwordChange().change(f.customer.id(), PASSWORD,
                "A new long password 2026", ORIGIN);

        assertThat(changed).isInstanceOf(PasswordChangeOutcome.Changed.class);
        assertThat(signIns.restore(Realm.CUSTOMER, here.token())).isEmpty();
        assertThat(signIns.restore(Realm.CUSTOMER, there.token())).isEmpty();
        assertThat(signIns.isCurrent(f.customer.id(), epoch, there.id(), true)).isFalse();
    }

    @Test
    void a_deactivated_customer_is_not_restored() {
        SignIns.Begun begun = begin();
        f.services.customerDeactivation().deactivate(f.agent.id(), f.customer.id(), new TicketReference("T-1"),
                "asked by the owner", ORIGIN);

        assertThat(signIns.restore(Realm.CUSTOMER, begun.token())).isEmpty();
        assertThat(signIns.begin(f.customer.id(), SecondFactorUsed.NONE, CHROME)).isEmpty();
    }

    @Test
    void log_out_ends_the_sign_in() {
        SignIns.Begun begun = begin();
        signIns.end(f.customer.id(), begun.id());

        assertThat(signIns.restore(Realm.CUSTOMER, begun.token())).isEmpty();
    }

    @Test
    void the_owner_sees_each_sign_in_and_signs_one_out_or_everywhere_else() {
        SignIns.Begun here = begin();
        SignIns.Begun phone = begin();
        SignIns.Begun tablet = begin();

        List<ActiveSignIn> listed = signIns.list(f.customer.id());
        assertThat(listed).hasSize(3);
        assertThat(listed.get(0).browser()).isEqualTo("Chrome on Linux");
        assertThat(listed.get(0).ip()).isEqualTo("198.51.100.20");

        assertThat(signIns.signOut(f.customer.id(), phone.id(), ORIGIN)).isTrue();
        assertThat(signIns.signOut(f.agent.id(), tablet.id(), ORIGIN)).as("not the agent's").isFalse();
        assertThat(signIns.restore(Realm.CUSTOMER, phone.token())).isEmpty();
        assertThat(signIns.signOutEverywhereElse(f.customer.id(), here.id(), ORIGIN)).isEqualTo(1);

        assertThat(signIns.list(f.customer.id())).extracting(ActiveSignIn::id).containsExactly(here.id());
        assertThat(signIns.restore(Realm.CUSTOMER, here.token())).isPresent();
        assertThat(f.audit.types()).contains(AuditEventType.SIGN_IN_ENDED, AuditEventType.SIGNED_OUT_EVERYWHERE_ELSE);
    }

    @Test
    void support_signs_a_customer_out_everywhere_with_a_reason_and_the_customer_is_mailed() {
        SignIns.Begun begun = begin();
        assertThat(signIns.signOutEverywhereBySupport(f.agent.id(), f.customer.id(), " ", ORIGIN))
                .isInstanceOf(SignIns.SupportSignOut.Refused.class);
        assertThat(signIns.restore(Realm.CUSTOMER, begun.token())).isPresent();

        assertThat(signIns.signOutEverywhereBySupport(f.agent.id(), f.customer.id(), "phone stolen", ORIGIN))
                .isEqualTo(new SignIns.SupportSignOut.SignedOut(1));

        assertThat(signIns.restore(Realm.CUSTOMER, begun.token())).isEmpty();
        assertThat(f.audit.ofType(AuditEventType.SIGNED_OUT_EVERYWHERE_BY_SUPPORT)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("reason", "phone stolen")
                        .containsEntry("ended", "1"));
        List<OutboundMessage> mails = f.outbox.all();
        assertThat(mails.get(mails.size() - 1).subject()).isEqualTo("You were signed out everywhere");
        assertThat(mails.get(mails.size() - 1).body()).doesNotContain(f.agent.email().value());
    }

    @Test
    void the_sweep_purges_expired_sign_ins_only() {
        begin();
        after(Duration.ofMinutes(31));
        SignIns.Begun fresh = begin();

        assertThat(signIns.purgeExpired()).isEqualTo(1);
        assertThat(f.signIns.find(fresh.id())).isPresent();
    }
}
