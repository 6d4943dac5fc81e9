package com.nordhost.clientarea.persistence.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator reads of a sweep: one warning per failure streak, a line when a run did something. */
class PeriodicSweepTest {

    @Test
    void a_failure_streak_warns_once_and_a_good_run_ends_it() {
        Logger log = Logger.getLogger("test.periodic-sweep");
        log.setUseParentHandlers(false);
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        log.setLevel(Level.ALL);
        AtomicInteger calls = new AtomicInteger();
        PeriodicSweep sweep = new PeriodicSweep("Test rows", log, Duration.ofMinutes(1), Duration.ofMinutes(5), () -> {
            int call = calls.incrementAndGet();
            if (call <= 3) {
                throw new IllegalStateException("database away");
            }
            return call == 4 ? Optional.of("2 deleted.") : Optional.empty();
        });

        for (int i = 0; i < 6; i++) {
            sweep.runOnce();
        }

        assertThat(records).filteredOn(r -> r.getLevel() == Level.WARNING).singleElement()
                .satisfies(r -> assertThat(r.getMessage()).startsWith("Test rows: a sweep failed; retrying every 5 min"));
        assertThat(records).filteredOn(r -> r.getLevel() == Level.INFO).extracting(LogRecord::getMessage)
                .containsExactly("Test rows: 2 deleted.");
        log.removeHandler(capture);
    }
}
