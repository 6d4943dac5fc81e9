package com.nordhost.clientarea.domain.throttle;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SecondFactorThrottleTest {

    @Test
    void escalates_from_thirty_seconds_to_fifteen_minutes() {
        assertThat(SecondFactorThrottle.delayAfter(4)).isZero();
        assertThat(SecondFactorThrottle.delayAfter(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(SecondFactorThrottle.delayAfter(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(SecondFactorThrottle.delayAfter(9)).isEqualTo(Duration.ofSeconds(480));
        assertThat(SecondFactorThrottle.delayAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SecondFactorThrottle.delayAfter(99)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SecondFactorThrottle.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void locks_at_one_hundred() {
        assertThat(SecondFactorThrottle.locksAfter(99)).isFalse();
        assertThat(SecondFactorThrottle.locksAfter(100)).isTrue();
    }
}
