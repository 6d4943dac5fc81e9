package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.login.BrowserTokens;
import static com.nordhost.clientarea.domain.testing.DomainFixture.AGENT_PASSWORD;
import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static com.nordhost.clientarea.domain.testing.DomainFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.crypto.EncryptedSecret;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.recovery.RecoveryLinkOutcome;
import com.nordhost.clientarea.domain.recovery.RecoveryOutcome;
import com.nordhost.clientarea.domain.securitykey.WebAuthnChallenges;
import com.nordhost.clientarea.domain.staff.AgentOutcome;
import com.nordhost.clientarea.domain.support.SupportRemovalOutcome;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every way the second factor ends (the customer, support, a "lost both" recovery, an administrator's reset of an
 * agent) removes every kind of authenticator, ends every session, and writes one audit event and one notice.
 */
class SecondFactorEndTest {

    private static final Pattern CONFIRM = Pattern.compile("recovery/confirm\\?token=([A-Za-z0-9_-]{43})");

    private final DomainFixture f = new DomainFixture();

    /** Two apps, the backup code, a security key with an open challenge, and a remembered browser. */
    private void everyKindFor(Account account) {
        f.authenticatorApps.add(account.id(), "Tablet", new EncryptedSecret("k1", new byte[] {1, 2, 3}),
                TotpParameters.DEFAULT, 1, f.clock.instant());
        f.securityKeys.add(account.id(), "credential-" + account.id().value(), "data", 0, "Key", f.clock.instant());
        f.webAuthnChallenges.issue(account.id(), WebAuthnChallenges.Purpose.LOGIN, "hash", f.clock.instant(),
                f.clock.instant().plusSeconds(300));
        f.rememberedBrowsers.add(account.id(), "secret-hash", 0, "Firefox", "203.0.113.7", f.clock.instant(),
                f.clock.instant().plusSeconds(86_400));
        assertThat(f.authenticatorApps.list(account.id())).hasSize(2);
    }

    private void assertEveryKindGone(Account account, int epochBefore, AuditEventType event) {
        assertThat(f.authenticatorApps.list(account.id())).as("apps").isEmpty();
        assertThat(f.securityKeys.listFor(account.id())).as("security keys").isEmpty();
        assertThat(f.webAuthnChallenges.size()).as("open key challenges").isZero();
        assertThat(f.rememberedBrowsers.listFor(account.id(), f.clock.instant())).as("remembered browsers").isEmpty();
        assertThat(f.twoFactor.find(account.id())).as("second factor and backup code").isEmpty();
        assertThat(f.accounts.findSessionEpoch(account.id()).orElseThrow()).as("sessions end")
                .isGreaterThan(epochBefore);
        List<AuditEvent> ended = f.audit.ofType(event);
        assertThat(ended).hasSize(1);
        assertThat(ended.get(0).details()).containsEntry("apps", "2").containsEntry("backupCode", "1")
                .containsEntry("securityKeys", "1").containsEntry("rememberedBrowsers", "1");
        assertThat(Arrays.stream(AuthenticatorKind.values()).map(AuthenticatorKind::auditKey))
                .as("every kind is counted, so every kind has a store").allMatch(ended.get(0).details()::containsKey);
    }

    private int epoch(Account account) {
        return f.accounts.findSessionEpoch(account.id()).orElseThrow();
    }

    @Test
    void the_customer_turning_it_off_removes_every_kind() {
        f.enrollCustomer();
        everyKindFor(f.customer);
        int before = epoch(f.customer);

        assertThat(f.services.disableTwoFactor().disable(f.customer.id(), PASSWORD, ORIGIN))
                .isInstanceOf(DisableOutcome.Disabled.class);

        assertEveryKindGone(f.customer, before, AuditEventType.TWO_FACTOR_DISABLED_BY_CUSTOMER);
        assertThat(f.outbox.all().get(f.outbox.all().size() - 1).subject())
                .isEqualTo("Two-factor authentication was turned off");
    }

    @Test
    void a_wrong_password_removes_nothing() {
        f.enrollCustomer();
        everyKindFor(f.customer);

        assertThat(f.services.disableTwoFactor().disable(f.customer.id(), "not it", ORIGIN))
                .isEqualTo(new DisableOutcome.WrongPassword());

        assertThat(f.authenticatorApps.list(f.customer.id())).hasSize(2);
        assertThat(f.securityKeys.listFor(f.customer.id())).hasSize(1);
        assertThat(f.rememberedBrowsers.listFor(f.customer.id(), f.clock.instant())).hasSize(1);
        assertThat(f.twoFactor.find(f.customer.id()).orElseThrow().backupCodeHash()).isNotNull();
        assertThat(f.audit.ofType(AuditEventType.TWO_FACTOR_DISABLE_REFUSED).get(0).details())
                .containsEntry("reason", "wrong password");
    }

    @Test
    void support_removal_removes_every_kind() {
        f.enrollCustomer();
        everyKindFor(f.customer);
        int before = epoch(f.customer);

        assertThat(f.services.supportRemoval().remove(f.agent.id(), f.customer.id(), TicketReference.of("#7"),
                f.customer.email(), "Lost phone and backup code", ORIGIN))
                .isEqualTo(new SupportRemovalOutcome.Removed());

        assertEveryKindGone(f.customer, before, AuditEventType.TWO_FACTOR_REMOVED_BY_SUPPORT);
        String notice = f.outbox.all().get(f.outbox.all().size() - 1).body();
        assertThat(notice).contains("#7").doesNotContain(f.agent.email().value());
        assertThat(f.services.supportRemoval().remove(f.agent.id(), f.customer.id(), TicketReference.of("#7"),
                f.customer.email(), "Twice", ORIGIN)).as("a second agent finds nothing to remove")
                .isEqualTo(new SupportRemovalOutcome.NotEnabled());
    }

    @Test
    void a_lost_both_recovery_removes_every_kind() {
        f.enrollCustomer();
        everyKindFor(f.customer);
        int before = epoch(f.customer);
        assertThat(f.services.recoveryRequestFlow().requestAfterPassword(f.customer.id(), ORIGIN))
                .isEqualTo(new RecoveryOutcome.Requested());
        Matcher link = CONFIRM.matcher(f.outbox.all().get(f.outbox.all().size() - 1).body());
        assertThat(link.find()).isTrue();
        assertThat(f.services.recoveryRequestFlow().confirm(link.group(1), ORIGIN)).isEqualTo(RecoveryLinkOutcome.DONE);
        long id = f.services.recoveryRequestQueue().pending(f.agent.id()).get(0).requestId();
        f.services.recoveryRequestQueue().approve(f.agent.id(), id, "#4711", ORIGIN);
        f.clock.advance(f.settings.recoveryWait());

        assertThat(f.services.passwordLogin().logIn(Realm.CUSTOMER, f.customer.email().value(), PASSWORD, ORIGIN, BrowserTokens.NONE))
                .isInstanceOf(LoginOutcome.LoggedIn.class);

        assertEveryKindGone(f.customer, before, AuditEventType.TWO_FACTOR_REMOVED_BY_SUPPORT);
    }

    @Test
    void an_administrators_reset_of_an_agent_removes_every_kind() {
        Account admin = f.services.accountRegistration().register(Role.ADMIN, EmailAddress.of("ada@nordhost.se"),
                "Ada Admin", AGENT_PASSWORD);
        var pending = f.services.enrollment().start(f.agent.id(), ORIGIN);
        f.services.enrollment().confirm(f.agent.id(), f.codeNow(pending.secret()), ORIGIN);
        everyKindFor(f.agent);
        int before = epoch(f.agent);

        assertThat(f.services.agentAdministration().resetSecondFactor(admin.id(), f.agent.id(), ORIGIN))
                .isEqualTo(new AgentOutcome.SecondFactorReset());

        assertEveryKindGone(f.agent, before, AuditEventType.AGENT_TWO_FACTOR_RESET);
        AuditEvent reset = f.audit.ofType(AuditEventType.AGENT_TWO_FACTOR_RESET).get(0);
        assertThat(reset.actor()).isEqualTo("ada@nordhost.se");
        assertThat(reset.details()).containsAllEntriesOf(Map.of("agent", "sam@nordhost.se"));
        assertThat(f.outbox.all().get(f.outbox.all().size() - 1).body()).doesNotContain("ada@nordhost.se");
    }
}
