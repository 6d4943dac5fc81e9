package com.nordhost.clientarea.domain.login;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.crypto.KeyRing;
import com.nordhost.clientarea.domain.crypto.MessageSigner;
import com.nordhost.clientarea.domain.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DeviceTrustTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final KeyRing ring = KeyRing.generated(new SecureRandom());
    private final DeviceTrust trust = new DeviceTrust(new MessageSigner(ring, "device token"), clock,
            new SecureRandom());
    private final AccountId anna = new AccountId(1001);

    @Test
    void a_token_is_trusted_for_its_account_only() {
        String token = trust.issue(anna);
        assertThat(token).matches("1001\\.\\d+\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}");
        assertThat(trust.trusts(token, anna)).isTrue();
        assertThat(trust.trusts(token, new AccountId(1002))).isFalse();
        assertThat(trust.issue(anna)).as("a fresh nonce each time").isNotEqualTo(token);
    }

    @Test
    void a_changed_forged_or_malformed_token_is_not_trusted() {
        String token = trust.issue(anna);
        String[] parts = token.split("\\.");
        assertThat(trust.trusts("1002." + parts[1] + "." + parts[2] + "." + parts[3], new AccountId(1002))).isFalse();
        assertThat(trust.trusts(parts[0] + "." + (Long.parseLong(parts[1]) + 1) + "." + parts[2] + "." + parts[3],
                anna)).as("issue time changed").isFalse();
        assertThat(trust.trusts(token.substring(0, token.length() - 2) + "AA", anna)).isFalse();
        assertThat(trust.trusts(null, anna)).isFalse();
        assertThat(trust.trusts("", anna)).isFalse();
        assertThat(trust.trusts("1001.x.y.z", anna)).isFalse();
        assertThat(trust.trusts(token + ".extra", anna)).isFalse();
        DeviceTrust otherServer = new DeviceTrust(new MessageSigner(KeyRing.generated(new SecureRandom()),
                "device token"), clock, new SecureRandom());
        assertThat(otherServer.trusts(token, anna)).as("another key").isFalse();
        DeviceTrust otherPurpose = new DeviceTrust(new MessageSigner(ring, "unknown address"), clock,
                new SecureRandom());
        assertThat(otherPurpose.trusts(token, anna)).as("same ring, other purpose").isFalse();
    }

    @Test
    void a_token_expires_after_180_days() {
        String token = trust.issue(anna);
        clock.advance(Duration.ofDays(180).minusSeconds(1));
        assertThat(trust.trusts(token, anna)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(trust.trusts(token, anna)).isFalse();
    }
}
