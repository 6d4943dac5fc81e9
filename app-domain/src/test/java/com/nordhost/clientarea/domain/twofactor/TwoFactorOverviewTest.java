package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static org.assertj.core.api.Assertions.assertThat;

class TwoFactorOverviewTest {

    private final DomainFixture f = new DomainFixture();
    private final TwoFactorOverview overview = f.services.twoFactorOverview();

    @Test
    void follows_the_life_of_a_second_factor() {
        assertThat(overview.of(f.customer.id())).isEqualTo(new TwoFactorSummary(TwoFactorStatus.OFF, null, false));

        f.services.enrollment().start(f.customer.id(), ORIGIN);
        assertThat(overview.of(f.customer.id()).status()).isEqualTo(TwoFactorStatus.PENDING);
        f.clock.advance(Enrollment.PENDING_LIFETIME);
        assertThat(overview.of(f.customer.id()).status()).isEqualTo(TwoFactorStatus.OFF);

        f.enrollCustomer();
        assertThat(overview.of(f.customer.id())).isEqualTo(
                new TwoFactorSummary(TwoFactorStatus.ACTIVE, DomainFixture.START.plus(Enrollment.PENDING_LIFETIME), false));

        f.twoFactor.setThrottle(f.customer.id(), null, true);
        assertThat(overview.of(f.customer.id()).locked()).isTrue();
    }

    @Test
    void password_failures_are_not_counted_as_second_factor_failures() {
        f.enrollCustomer();
        for (int i = 0; i < 10; i++) {
            f.services.passwordLogin().logIn(Realm.CUSTOMER, "anna+hosting@example.com", "Guess-" + i + "-password", ORIGIN, BrowserTokens.NONE);
        }
        TwoFactorCredential credential = f.twoFactor.find(f.customer.id()).orElseThrow();
        assertThat(credential.failedAttempts()).isZero();
        assertThat(credential.nextAttemptAt()).isNull();
    }
}
