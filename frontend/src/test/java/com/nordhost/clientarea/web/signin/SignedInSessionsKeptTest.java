package com.nordhost.clientarea.web.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignedInSessionsKeptTest {

    private static final long IN_USE = 5_000;

    /** A session as the bound sees it; {@code ended} says whether it was ended in memory. */
    private static final class Session implements SignedInSessionsKept.Kept {
        long lastAccessed;
        boolean ended;

        Session(long lastAccessed) {
            this.lastAccessed = lastAccessed;
        }

        @Override
        public long lastAccessedMillis() {
            if (ended) {
                throw new IllegalStateException("invalidated");
            }
            return lastAccessed;
        }

        @Override
        public void endInMemory() {
            ended = true;
        }
    }

    @Test
    void within_the_bound_nothing_is_ended() {
        SignedInSessionsKept kept = new SignedInSessionsKept(3, IN_USE);
        assertThat(kept.signedIn("a", new Session(0), 100_000)).isEmpty();
        assertThat(kept.signedIn("b", new Session(10_000), 100_000)).isEmpty();
        assertThat(kept.signedIn("c", new Session(20_000), 100_000)).isEmpty();
        assertThat(kept.size()).isEqualTo(3);
    }

    @Test
    void one_more_than_the_bound_ends_the_session_idle_longest_not_the_new_one() {
        SignedInSessionsKept kept = new SignedInSessionsKept(2, IN_USE);
        Session older = new Session(10_000);
        Session oldest = new Session(1_000);
        kept.signedIn("older", older, 50_000);
        kept.signedIn("oldest", oldest, 50_000);
        Session fresh = new Session(60_000);

        List<SignedInSessionsKept.Kept> ended = kept.signedIn("fresh", fresh, 60_000);

        assertThat(ended).containsExactly(oldest);
        assertThat(kept.size()).isEqualTo(2);
    }

    @Test
    void a_session_used_in_the_last_seconds_is_never_ended_so_the_bound_may_be_passed_for_a_moment() {
        SignedInSessionsKept kept = new SignedInSessionsKept(1, IN_USE);
        kept.signedIn("busy", new Session(99_000), 99_000);

        assertThat(kept.signedIn("new", new Session(100_000), 100_000)).as("the other one clicked a second ago")
                .isEmpty();
        assertThat(kept.size()).isEqualTo(2);
    }

    @Test
    void a_session_that_ended_by_itself_no_longer_counts() {
        SignedInSessionsKept kept = new SignedInSessionsKept(1, IN_USE);
        kept.signedIn("a", new Session(0), 0);
        kept.ended("a");

        assertThat(kept.signedIn("b", new Session(1_000), 1_000)).isEmpty();
        assertThat(kept.size()).isEqualTo(1);
    }

    @Test
    void a_session_invalidated_elsewhere_is_forgotten_first() {
        SignedInSessionsKept kept = new SignedInSessionsKept(1, IN_USE);
        Session gone = new Session(90_000);
        kept.signedIn("gone", gone, 90_000);
        gone.ended = true;

        List<SignedInSessionsKept.Kept> ended = kept.signedIn("new", new Session(100_000), 100_000);

        assertThat(ended).containsExactly(gone);
        assertThat(kept.size()).isEqualTo(1);
    }

    @Test
    void thousands_of_sign_ins_keep_the_bound() {
        SignedInSessionsKept kept = new SignedInSessionsKept(100, IN_USE);
        int ended = 0;
        for (int i = 0; i < 5_000; i++) {
            long now = i * 10_000L;
            ended += kept.signedIn("s" + i, new Session(now), now).size();
        }
        assertThat(kept.size()).isEqualTo(100);
        assertThat(ended).isEqualTo(4_900);
    }

    @Test
    void the_bound_is_at_least_one() {
        assertThatThrownBy(() -> new SignedInSessionsKept(0, IN_USE)).isInstanceOf(IllegalArgumentException.class);
    }
}
