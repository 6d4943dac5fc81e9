package com.nordhost.clientarea.domain.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.audit.AuditCursor;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.audit.EventActor;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecurityActivityTest {

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

    private final DomainFixture f = new DomainFixture();
    private final SecurityActivity activity = f.services.securityActivity();
    private final String anna = f.customer.email().value();
    private final String sam = f.agent.email().value();

    private void event(AuditEventType type, String actor, String ip, Map<String, String> details) {
        event(f.customer.id(), type, actor, ip, details);
    }

    private void event(AccountId subject, AuditEventType type, String actor, String ip, Map<String, String> details) {
        f.clock.advance(Duration.ofMinutes(1));
        f.transactions.inTransaction(() -> {
            f.audit.record(new AuditEvent(f.clock.instant(), type, subject, actor, ip, FIREFOX, details));
            return null;
        });
    }

    private void wrongPassword(String ip) {
        event(AuditEventType.LOGIN_FAILED, anna, ip, Map.of("reason", "wrong password", "passwordFailures", "1"));
    }

    private void signIn() {
        event(AuditEventType.SECOND_FACTOR_PASSED, anna, "198.51.100.4", Map.of("appId", "1"));
    }

    private List<ActivityItem> firstPage() {
        return activity.page(f.customer.id(), null).items();
    }

    @Test
    void each_event_says_when_what_from_where_and_who_in_the_customers_terms_newest_first() {
        event(AuditEventType.PASSWORD_CHANGED, anna, "2001:0db8:0000:0000:0000:0000:0000:0001", Map.of());
        event(AuditEventType.TWO_FACTOR_REMOVED_BY_SUPPORT, sam, null, Map.of("ticket", "#12", "agent", sam));
        event(AuditEventType.RECOVERY_REQUEST_EXPIRED, AuditTrail.ANONYMOUS, null, Map.of());

        ActivityPage page = activity.page(f.customer.id(), null);

        assertThat(page.items()).containsExactly(
                new ActivityItem.Event(f.clock.instant(), AuditEventType.RECOVERY_REQUEST_EXPIRED, null,
                        "Firefox on Linux", EventActor.SYSTEM),
                new ActivityItem.Event(f.clock.instant().minusSeconds(60), AuditEventType.TWO_FACTOR_REMOVED_BY_SUPPORT,
                        null, "Firefox on Linux", EventActor.SUPPORT),
                new ActivityItem.Event(f.clock.instant().minusSeconds(120), AuditEventType.PASSWORD_CHANGED,
                        "2001:db8::1", "Firefox on Linux", EventActor.YOU));
        assertThat(page.next()).isEmpty();
        // Nothing of the agent, the ticket or the raw User-Agent reaches the page.
        assertThat(page.toString()).doesNotContain(sam).doesNotContain("#12").doesNotContain("Gecko");
    }

    @Test
    void internal_events_are_hidden_and_every_other_type_is_shown() {
        assertThat(CustomerEvents.HIDDEN).containsExactlyInAnyOrder(AuditEventType.AGENT_CREATED,
                AuditEventType.AGENT_DEACTIVATED, AuditEventType.AGENT_REACTIVATED,
                AuditEventType.AGENT_TWO_FACTOR_RESET, AuditEventType.SUPPORT_REMOVAL_REFUSED,
                AuditEventType.RECOVERY_WAIT_SHORTEN_REFUSED, AuditEventType.ENROLLMENT_STARTED);
        Set<AuditEventType> listed = EnumSet.noneOf(AuditEventType.class);
        for (AuditEventType type : AuditEventType.values()) {
            event(type, anna, "203.0.113.7", Map.of("reason", "second factor locked"));
        }
        for (ActivityPage page = activity.page(f.customer.id(), null); ; ) {
            page.items().forEach(i -> listed.add(((ActivityItem.Event) i).type()));
            if (page.next().isEmpty()) {
                break;
            }
            page = activity.page(f.customer.id(), page.next().get());
        }
        Set<AuditEventType> expected = EnumSet.allOf(AuditEventType.class);
        expected.removeAll(CustomerEvents.HIDDEN);
        assertThat(listed).isEqualTo(expected);
    }

    @Test
    void wrong_passwords_between_two_listed_events_are_one_line_with_their_count_and_addresses() {
        signIn();
        for (int i = 0; i < 12; i++) {
            wrongPassword("203.0.113." + (i % 3));
        }
        // A refusal for another reason is listed on its own: the right password while the second factor was locked.
        event(AuditEventType.LOGIN_FAILED, anna, "203.0.113.9", Map.of("reason", "second factor locked"));
        wrongPassword("192.0.2.1");
        signIn();

        List<ActivityItem> items = firstPage();

        assertThat(items).hasSize(5);
        assertThat(items.get(0)).isInstanceOf(ActivityItem.Event.class);
        assertThat(items.get(1)).isEqualTo(new ActivityItem.WrongPasswords(f.clock.instant().minusSeconds(60),
                f.clock.instant().minusSeconds(60), 1, 1));
        assertThat(((ActivityItem.Event) items.get(2)).type()).isEqualTo(AuditEventType.LOGIN_FAILED);
        assertThat(items.get(3)).isEqualTo(new ActivityItem.WrongPasswords(f.clock.instant().minusSeconds(14 * 60),
                f.clock.instant().minusSeconds(3 * 60), 12, 3));
        assertThat(((ActivityItem.Event) items.get(4)).type()).isEqualTo(AuditEventType.SECOND_FACTOR_PASSED);
    }

    @Test
    void pages_follow_each_other_by_keyset_without_gaps_or_repeats_and_a_run_is_never_split() {
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            event(AuditEventType.PASSWORD_CHANGED, anna, "203.0.113." + i, Map.of());
            written.add(0, "203.0.113." + i);
            if (i == 19) {
                // Wrong passwords right where the first page ends, and a hidden event among them.
                wrongPassword("192.0.2.1");
                event(AuditEventType.ENROLLMENT_STARTED, anna, null, Map.of());
                wrongPassword("192.0.2.2");
            }
        }
        List<ActivityItem> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        AuditCursor before = null;
        do {
            ActivityPage page = activity.page(f.customer.id(), before);
            seen.addAll(page.items());
            sizes.add(page.items().size());
            before = page.next().orElse(null);
        } while (before != null);

        assertThat(sizes).containsExactly(20, 20, 6);
        assertThat(seen.stream().filter(i -> i instanceof ActivityItem.Event).map(i -> ((ActivityItem.Event) i).ip()))
                .containsExactlyElementsOf(written);
        assertThat(seen).filteredOn(i -> i instanceof ActivityItem.WrongPasswords).singleElement()
                .satisfies(i -> assertThat(((ActivityItem.WrongPasswords) i).count()).isEqualTo(2));
    }

    @Test
    void only_the_last_90_days_and_only_the_account_itself() {
        event(AuditEventType.PASSWORD_CHANGED, anna, "192.0.2.1", Map.of());
        f.clock.advance(SecurityActivity.WINDOW.minusMinutes(1));
        event(AuditEventType.BACKUP_CODE_REPLACED, anna, "192.0.2.2", Map.of());
        event(f.agent.id(), AuditEventType.PASSWORD_CHANGED, sam, "192.0.2.3", Map.of());
        event(null, AuditEventType.LOGIN_FAILED, null, "192.0.2.4", Map.of("reason", "unknown account"));

        assertThat(firstPage()).extracting(ActivityItem::at).containsExactly(f.clock.instant().minusSeconds(120));
        assertThat(activity.page(f.agent.id(), null).items()).isEmpty();
        assertThat(activity.page(new AccountId(9_999), null).items()).isEmpty();
    }

    @Test
    void a_flood_of_wrong_passwords_costs_a_bounded_read_per_page() {
        signIn();
        for (int i = 0; i < SecurityActivity.MAX_READ + 10; i++) {
            f.transactions.inTransaction(() -> {
                f.audit.record(new AuditEvent(f.clock.instant(), AuditEventType.LOGIN_FAILED, f.customer.id(), anna,
                        "192.0.2.1", null, Map.of("reason", "wrong password")));
                return null;
            });
        }
        ActivityPage first = activity.page(f.customer.id(), null);
        assertThat(first.items()).containsExactly(new ActivityItem.WrongPasswords(f.clock.instant(),
                f.clock.instant(), SecurityActivity.MAX_READ, 1));
        ActivityPage second = activity.page(f.customer.id(), first.next().orElseThrow());
        assertThat(second.items()).hasSize(2).first()
                .isEqualTo(new ActivityItem.WrongPasswords(f.clock.instant(), f.clock.instant(), 10, 1));
    }

    @Test
    void wrong_passwords_since_the_sign_in_before_this_one() {
        wrongPassword("192.0.2.1"); // before the previous sign-in: told then
        signIn();
        assertThat(activity.wrongPasswordsSinceLastSignIn(f.customer.id()))
                .hasValueSatisfying(w -> assertThat(w.count()).isEqualTo(1));
        for (int i = 0; i < 12; i++) {
            wrongPassword("203.0.113." + (i % 3));
        }
        event(AuditEventType.PASSWORD_CHANGED, anna, null, Map.of());
        signIn();

        assertThat(activity.wrongPasswordsSinceLastSignIn(f.customer.id())).contains(new ActivityItem.WrongPasswords(
                f.clock.instant().minusSeconds(13 * 60), f.clock.instant().minusSeconds(2 * 60), 12, 3));
        // The next sign-in without new wrong passwords has nothing to tell.
        signIn();
        assertThat(activity.wrongPasswordsSinceLastSignIn(f.customer.id())).isEmpty();
        assertThat(activity.wrongPasswordsSinceLastSignIn(f.agent.id())).isEmpty();
    }

    @Test
    void the_first_sign_in_counts_every_wrong_password_of_the_window() {
        wrongPassword("192.0.2.1");
        wrongPassword("192.0.2.1");
        event(AuditEventType.LOGIN_SUCCEEDED, anna, null, Map.of());
        assertThat(activity.wrongPasswordsSinceLastSignIn(f.customer.id()))
                .hasValueSatisfying(w -> assertThat(w.count()).isEqualTo(2));
    }
}
