package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.DomainSettings;
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
    void afterRotationOldSecretsStillWorkAndAreReencryptedAtNextUse(@TempDir Path dir) throws Exception {
        DomainFixture f = new DomainFixture();
        Path keyFile = dir.resolve("keys.properties");
        SecureRandom random = new SecureRandom();
        KeyRing first = KeyRing.loadOrCreate(keyFile, random);
        DomainServices before = DomainServices.create(f.accounts, f.twoFactor, f.audit, f.transactions, f.clock, first,
                DomainSettings.forTests("Nordhost"));
        PendingEnrollment pending = before.enrollment().start(f.customer.id(), ORIGIN);
        before.enrollment().confirm(f.customer.id(), f.codeNow(pending.secret()), ORIGIN);
        f.nextStep();

        DomainServices after = DomainServices.create(f.accounts, f.twoFactor, f.audit, f.transactions, f.clock,
                KeyRing.rotate(keyFile, random), DomainSettings.forTests("Nordhost"));

        assertThat(f.twoFactor.find(f.customer.id()).orElseThrow().secret().keyId()).isEqualTo("k1");
        assertThat(after.secondFactorLogin().verify(f.customer.id(), f.codeNow(pending.secret()), ORIGIN))
                .isInstanceOf(SecondFactorOutcome.Passed.class);
        assertThat(f.twoFactor.find(f.customer.id()).orElseThrow().secret().keyId()).isEqualTo("k2");
        f.nextStep();
        assertThat(after.secondFactorLogin().verify(f.customer.id(), f.codeNow(pending.secret()), ORIGIN))
                .isInstanceOf(SecondFactorOutcome.Passed.class);
    }
}
