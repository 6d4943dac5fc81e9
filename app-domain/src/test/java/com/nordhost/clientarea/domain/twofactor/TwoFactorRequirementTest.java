package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRequirement.Source;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The grace arithmetic of decision 0046, as plain data: who requires it, from when it is due, days left. */
class TwoFactorRequirementTest {

    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");
    private static final TwoFactorRequirementSetting ON = new TwoFactorRequirementSetting(true, Duration.ofDays(14));
    private static final TwoFactorRequirementSetting OFF = new TwoFactorRequirementSetting(false, Duration.ofDays(14));

    private static Instant day(double days) {
        return T0.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }

    @Test
    void nothing_is_required_of_a_customer_by_default() {
        TwoFactorRequirement r = TwoFactorRequirement.of(Realm.CUSTOMER, TwoFactorRequirementSetting.DEFAULT,
                RequirementRecord.NONE, T0);
        assertThat(r.required()).isFalse();
        assertThat(r.isDue(day(1000))).isFalse();
        assertThat(r.daysLeft(T0)).isZero();
    }

    @Test
    void agents_must_always_have_it_at_once_whatever_the_setting() {
        TwoFactorRequirement r = TwoFactorRequirement.of(Realm.STAFF, OFF, RequirementRecord.NONE, T0);
        assertThat(r.source()).isEqualTo(Source.STAFF);
        assertThat(r.isDue(T0)).isTrue();
    }

    @Test
    void the_grace_counts_from_when_the_setting_reached_the_account_and_days_left_round_up() {
        RequirementRecord reached = new RequirementRecord(T0, null, null, null);
        TwoFactorRequirement r = TwoFactorRequirement.of(Realm.CUSTOMER, ON, reached, day(3));
        assertThat(r.source()).isEqualTo(Source.SETTING);
        assertThat(r.dueAt()).isEqualTo(day(14));
        assertThat(r.daysLeft(T0)).isEqualTo(14);
        assertThat(r.daysLeft(day(0.5))).as("13.5 days left").isEqualTo(14);
        assertThat(r.daysLeft(day(13))).isEqualTo(1);
        assertThat(r.daysLeft(day(13.99))).as("a quarter of an hour left is a day").isEqualTo(1);
        assertThat(r.isDue(day(13.99))).isFalse();
        assertThat(r.isDue(day(14))).as("due at the very moment the grace ends").isTrue();
        assertThat(r.daysLeft(day(14))).isZero();
        assertThat(r.daysLeft(day(40))).isZero();
    }

    @Test
    void a_setting_no_login_has_seen_yet_starts_its_grace_now() {
        TwoFactorRequirement r = TwoFactorRequirement.of(Realm.CUSTOMER, ON, RequirementRecord.NONE, day(5));
        assertThat(r.dueAt()).isEqualTo(day(19));
        assertThat(r.daysLeft(day(5))).isEqualTo(14);
    }

    @Test
    void a_grace_of_zero_days_is_due_at_once() {
        TwoFactorRequirementSetting noGrace = new TwoFactorRequirementSetting(true, Duration.ZERO);
        TwoFactorRequirement r = TwoFactorRequirement.of(Realm.CUSTOMER, noGrace, RequirementRecord.NONE, T0);
        assertThat(r.isDue(T0)).isTrue();
    }

    @Test
    void support_requires_it_whatever_the_setting_and_the_earlier_due_time_wins() {
        RequirementRecord bySupport = new RequirementRecord(null, day(2), "#4711", null);
        TwoFactorRequirement onlySupport = TwoFactorRequirement.of(Realm.CUSTOMER, OFF, bySupport, day(3));
        assertThat(onlySupport.source()).isEqualTo(Source.SUPPORT);
        assertThat(onlySupport.bySupport()).isTrue();
        assertThat(onlySupport.supportTicket()).isEqualTo("#4711");
        assertThat(onlySupport.dueAt()).isEqualTo(day(16));

        RequirementRecord both = new RequirementRecord(T0, day(2), "#4711", null);
        TwoFactorRequirement r = TwoFactorRequirement.of(Realm.CUSTOMER, ON, both, day(3));
        assertThat(r.source()).as("the setting is named: support cannot lift it").isEqualTo(Source.SETTING);
        assertThat(r.bySupport()).isTrue();
        assertThat(r.dueAt()).isEqualTo(day(14));
    }

    @Test
    void a_second_factor_that_ended_while_required_makes_it_due_from_then_without_a_new_grace() {
        RequirementRecord ended = new RequirementRecord(T0, null, null, day(2));
        TwoFactorRequirement r = TwoFactorRequirement.of(Realm.CUSTOMER, ON, ended, day(2));
        assertThat(r.dueAt()).isEqualTo(day(2));
        assertThat(r.isDue(day(2))).isTrue();
    }

    @Test
    void an_end_from_before_the_requirement_began_does_not_count() {
        // Removed by support long ago; support requires it again later: the full grace.
        RequirementRecord old = new RequirementRecord(null, day(30), "#9", day(1));
        TwoFactorRequirement r = TwoFactorRequirement.of(Realm.CUSTOMER, OFF, old, day(30));
        assertThat(r.dueAt()).isEqualTo(day(44));
    }

    @Test
    void the_grace_is_whole_days_from_zero_to_a_year() {
        assertThatThrownBy(() -> new TwoFactorRequirementSetting(true, Duration.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TwoFactorRequirementSetting(true, Duration.ofDays(366)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TwoFactorRequirementSetting(true, Duration.ofHours(36)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
