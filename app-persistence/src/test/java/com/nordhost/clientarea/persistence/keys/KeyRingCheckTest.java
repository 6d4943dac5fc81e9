package com.nordhost.clientarea.persistence.keys;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nordhost.clientarea.domain.crypto.KeyRing;
import com.nordhost.clientarea.persistence.testing.TestDatabase;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two nodes on one database: the second, with a key file of its own, refuses to start and says what to do. */
class KeyRingCheckTest {

    @TempDir
    Path dir;

    @Test
    void a_node_with_another_key_file_refuses_to_start_and_the_right_one_starts() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            KeyRingCheck check = new KeyRingCheck(db.transactions(), db.transactionsPort(), Clock.systemUTC());
            Path first = dir.resolve("node-a.properties");
            KeyRing nodeA = KeyRing.loadOrCreate(first, new SecureRandom());
            check.requireReadable(nodeA, first);

            Path fresh = dir.resolve("node-b.properties");
            KeyRing nodeB = KeyRing.loadOrCreate(fresh, new SecureRandom());
            assertThatThrownBy(() -> check.requireReadable(nodeB, fresh))
                    .isInstanceOf(KeyRingMismatchException.class)
                    .hasMessageContaining(fresh.toString())
                    .hasMessageContaining("Copy the key file");

            assertThatCode(() -> check.requireReadable(KeyRing.load(first), first)).as("node A again").doesNotThrowAnyException();
            KeyRing rotated = KeyRing.rotate(first, new SecureRandom());
            assertThatCode(() -> check.requireReadable(rotated, first)).as("after a rotation the old key still reads it")
                    .doesNotThrowAnyException();
        }
    }
}
