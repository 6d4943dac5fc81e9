package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.testing.SecondFactorSteps;
import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.crypto.KeyRing;
import com.nordhost.clientarea.domain.login.SecondFactorOutcome;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.SecureRandom;

import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static org.assertj.core.api.Assertions.assertThat;

class KeyRotationTest {

    @Test
    void after_rotation_old_secrets_still_work_and_are_reencrypted_at_next_use(@TempDir Path dir) throws Exception {
        DomainFixture f = new DomainFixture();
        Path keyFile = dir.resolve("keys.properties");
        SecureRandom random = new SecureRandom();
        KeyRing first = KeyRing.loadOrCreate(keyFile, random);
        DomainServices before = DomainServices.create(f.ports, f.clock, first, f.settings);
        PendingEnrollment pending = before.enrollment().start(f.customer.id(), ORIGIN);
        before.enrollment().confirm(f.customer.id(), f.codeNow(pending.secret()), ORIGIN);
        f.nextStep();

        DomainServices after = DomainServices.create(f.ports, f.clock, KeyRing.rotate(keyFile, random),
                f.settings);

        assertThat(f.authenticatorApps.list(f.customer.id()).get(0).secret().keyId()).isEqualTo("k1");
        assertThat(SecondFactorSteps.typed(after, f.customer.id(), f.codeNow(pending.secret()), ORIGIN))
                .isInstanceOf(SecondFactorOutcome.Passed.class);
        assertThat(f.authenticatorApps.list(f.customer.id()).get(0).secret().keyId()).isEqualTo("k2");
        f.nextStep();
        assertThat(SecondFactorSteps.typed(after, f.customer.id(), f.codeNow(pending.secret()), ORIGIN))
                .isInstanceOf(SecondFactorOutcome.Passed.class);
    }
}
