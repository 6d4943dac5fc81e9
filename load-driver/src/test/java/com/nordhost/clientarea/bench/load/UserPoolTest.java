package com.nordhost.clientarea.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.bench.provision.BenchAccount;
import com.nordhost.clientarea.domain.totp.TotpGenerator;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserPoolTest {

    private static final String SECRET = TotpSecret.of("12345678901234567890".getBytes(StandardCharsets.US_ASCII))
            .base32();

    @Test
    void the_product_code_the_driver_sends_matches_rfc_6238() {
        // RFC 6238 appendix B, SHA-1, T = 59 s: 94287082 in 8 digits, so 287082 in 6.
        assertThat(new TotpGenerator(TotpParameters.DEFAULT).codeAt(TotpSecret.fromBase32(SECRET),
                Instant.ofEpochSecond(59))).isEqualTo("287082");
    }

    @Test
    void accounts_come_least_recently_used_first_and_an_account_never_sends_two_codes_in_one_step()
            throws InterruptedException {
        UserPool pool = new UserPool(List.of(new BenchAccount("a@example.com", "p", SECRET),
                new BenchAccount("b@example.com", "p", SECRET)));
        long soon = System.currentTimeMillis() + 10;

        UserPool.User first = pool.take(soon);
        pool.codeFor(first);
        pool.giveBack(first);
        UserPool.User second = pool.take(soon);
        assertThat(second.account().email()).isEqualTo("b@example.com");
        pool.codeFor(second);
        pool.giveBack(second);

        // Both spent this step (unless it just ended): none is handed out before the deadline, and that is counted.
        long stepBefore = System.currentTimeMillis() / 30_000;
        UserPool.User third = pool.take(soon);
        if (stepBefore == System.currentTimeMillis() / 30_000) {
            assertThat(third).isNull();
            assertThat(pool.starved()).isEqualTo(1);
        }
    }
}
