package com.nordhost.clientarea.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NewSessionBudgetTest {

    private final SteppingClock clock = new SteppingClock();
    private final NewSessionBudget budget = new NewSessionBudget(3, clock);

    @Test
    void an_address_gets_its_budget_a_minute_and_the_next_minute_a_new_one() {
        for (int i = 0; i < 3; i++) {
            assertThat(budget.allows("203.0.113.7")).isTrue();
            budget.opened("203.0.113.7");
        }
        assertThat(budget.allows("203.0.113.7")).isFalse();
        assertThat(budget.allows("203.0.113.8")).as("another address").isTrue();

        clock.advance(Duration.ofMinutes(1));
        assertThat(budget.allows("203.0.113.7")).isTrue();
    }

    @Test
    void a_flood_of_addresses_does_not_grow_the_memory_without_bound() {
        for (int i = 0; i < NewSessionBudget.MAX_ADDRESSES + 10; i++) {
            budget.opened("address " + i);
        }
        clock.advance(Duration.ofMinutes(1));
        budget.opened("one more");
        assertThat(budget.allows("address 1")).isTrue();
    }

    /** A clock the test moves on. */
    private static final class SteppingClock extends Clock {

        private Instant now = Instant.parse("2026-12-07T18:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
