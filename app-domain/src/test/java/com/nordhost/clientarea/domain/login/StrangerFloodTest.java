package com.nordhost.clientarea.domain.login;

import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.account.PasswordCounter;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import com.nordhost.clientarea.domain.throttle.PasswordFailures;
import com.nordhost.clientarea.domain.twofactor.TwoFactorCredential;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static com.nordhost.clientarea.domain.testing.DomainFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** A stranger who knows the owner's address must not be able to keep the owner out (OWASP device cookies). */
class StrangerFloodTest {

    private static final String ANNA = "anna+hosting@example.com";
    private static final String WRONG = "a stranger's guess";
    private static final LoginOutcome BAD = new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS);

    private final DomainFixture f = new DomainFixture();
    private final PasswordLogin login = f.services.passwordLogin();

    /** The stranger's flood: a wrong password each time the wait ends, for {@code count} tries. */
    private void flood(int count) {
        for (int i = 0; i < count; i++) {
            LoginOutcome outcome = login.logIn(Realm.CUSTOMER, ANNA, WRONG, ORIGIN, BrowserTokens.NONE);
            if (outcome instanceof LoginOutcome.TryLater later) {
                f.clock.set(later.until());
                login.logIn(Realm.CUSTOMER, ANNA, WRONG, ORIGIN, BrowserTokens.NONE);
            }
        }
    }

    @Test
    void a_strangers_flood_never_makes_a_trusted_browser_wait() {
        String device = login.rememberDevice(f.customer.id());
        flood(30);
        assertThat(login.logIn(Realm.CUSTOMER, ANNA, PASSWORD, ORIGIN, BrowserTokens.NONE))
                .as("a browser without the token waits").isInstanceOf(LoginOutcome.TryLater.class);

        assertThat(login.logIn(Realm.CUSTOMER, ANNA, PASSWORD, ORIGIN, new BrowserTokens(device, null)))
                .isEqualTo(new LoginOutcome.LoggedIn(f.customer));
        assertThat(f.accounts.passwordFailures(f.customer.id(), PasswordCounter.UNTRUSTED))
                .as("the owner's login does not reset the stranger's escalation").isGreaterThanOrEqualTo(30);
        assertThat(f.audit.ofType(com.nordhost.clientarea.domain.audit.AuditEventType.LOGIN_FAILED)).last()
                .satisfies(e -> assertThat(e.details()).containsEntry("device", "untrusted"));
    }

    @Test
    void trusted_browsers_have_their_own_escalating_wait() {
        String device = login.rememberDevice(f.customer.id());
        for (int i = 0; i < 5; i++) {
            assertThat(login.logIn(Realm.CUSTOMER, ANNA, WRONG, ORIGIN, new BrowserTokens(device, null))).isEqualTo(BAD);
        }
        Instant until = f.clock.instant().plusSeconds(1);
        assertThat(login.logIn(Realm.CUSTOMER, ANNA, PASSWORD, ORIGIN, new BrowserTokens(device, null)))
                .isEqualTo(new LoginOutcome.TryLater(until));
        assertThat(login.logIn(Realm.CUSTOMER, ANNA, PASSWORD, ORIGIN, BrowserTokens.NONE))
                .as("the untrusted counter is separate").isEqualTo(new LoginOutcome.LoggedIn(f.customer));
        f.clock.set(until);
        assertThat(login.logIn(Realm.CUSTOMER, ANNA, WRONG, ORIGIN, new BrowserTokens(device, null))).isEqualTo(BAD);
        assertThat(login.logIn(Realm.CUSTOMER, ANNA, PASSWORD, ORIGIN, new BrowserTokens(device, null)))
                .as("escalated: 2 s after the sixth failure").isEqualTo(new LoginOutcome.TryLater(until.plusSeconds(2)));
    }

    @Test
    void a_token_of_another_account_or_a_forged_one_counts_as_untrusted() {
        String agentsDevice = login.rememberDevice(f.agent.id());
        flood(10);
        assertThat(login.logIn(Realm.CUSTOMER, ANNA, PASSWORD, ORIGIN, new BrowserTokens(agentsDevice, null)))
                .isInstanceOf(LoginOutcome.TryLater.class);
        String forged = f.customer.id().value() + ".1772442010.AAAAAAAAAAAAAAAAAAAAAA."
                + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        assertThat(login.logIn(Realm.CUSTOMER, ANNA, PASSWORD, ORIGIN, new BrowserTokens(forged, null)))
                .isInstanceOf(LoginOutcome.TryLater.class);
    }

    @Test
    void while_the_second_factor_is_locked_only_the_right_password_learns_it_and_is_not_counted() {
        f.enrollCustomer();
        f.twoFactor.setThrottle(f.customer.id(), null, true);
        assertThat(f.twoFactor.find(f.customer.id()).map(TwoFactorCredential::locked)).contains(true);

        assertThat(login.logIn(Realm.CUSTOMER, ANNA, WRONG, ORIGIN, BrowserTokens.NONE)).isEqualTo(BAD);
        assertThat(f.accounts.passwordFailures(f.customer.id(), PasswordCounter.UNTRUSTED)).isEqualTo(1);
        for (int i = 0; i < 10; i++) {
            assertThat(login.logIn(Realm.CUSTOMER, ANNA, PASSWORD, ORIGIN, BrowserTokens.NONE))
                    .isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.SECOND_FACTOR_LOCKED));
        }
        assertThat(f.accounts.passwordFailures(f.customer.id(), PasswordCounter.UNTRUSTED))
                .as("the right password is no failure").isZero();
    }

    @Test
    void unknown_addresses_are_counted_in_the_shared_table_by_hash_on_every_node() {
        DomainServices otherNode = DomainServices.create(f.ports, f.clock, f.keyRing, f.settings);
        for (int i = 0; i < 2; i++) {
            assertThat(login.logIn(Realm.CUSTOMER, "nobody@example.com", WRONG, ORIGIN, BrowserTokens.NONE)).isEqualTo(BAD);
            assertThat(otherNode.passwordLogin().logIn(Realm.CUSTOMER, "Nobody@Example.com", WRONG, ORIGIN, BrowserTokens.NONE))
                    .isEqualTo(BAD);
        }
        assertThat(login.logIn(Realm.CUSTOMER, "nobody@example.com", WRONG, ORIGIN, BrowserTokens.NONE)).isEqualTo(BAD);
        assertThat(otherNode.passwordLogin().logIn(Realm.CUSTOMER, "nobody@example.com", WRONG, ORIGIN, BrowserTokens.NONE))
                .as("five failures counted over both nodes: the other node waits too")
                .isEqualTo(new LoginOutcome.TryLater(f.clock.instant().plusSeconds(1)));
        assertThat(f.unknownAddresses.keys()).hasSize(1)
                .allSatisfy(key -> assertThat(key).doesNotContain("nobody").matches("[A-Za-z0-9_-]{43}"));
    }

    @Test
    void unknown_addresses_idle_for_a_day_are_forgotten() {
        login.logIn(Realm.CUSTOMER, "nobody@example.com", WRONG, ORIGIN, BrowserTokens.NONE);
        f.clock.advance(PasswordFailures.UNKNOWN_ADDRESS_MEMORY.plus(Duration.ofSeconds(1)));
        login.logIn(Realm.CUSTOMER, "somebody@example.com", WRONG, ORIGIN, BrowserTokens.NONE);
        assertThat(f.unknownAddresses.keys()).hasSize(1);
    }
}
