package com.nordhost.clientarea.persistence.protect;

import static com.nordhost.clientarea.persistence.testing.OutboundMailRows.outboundMailTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.crypto.RandomTokens;
import com.nordhost.clientarea.domain.notification.ProtectLinks;
import com.nordhost.clientarea.domain.protect.FlagClosingOutcome;
import com.nordhost.clientarea.domain.protect.FlaggedCustomer;
import com.nordhost.clientarea.domain.protect.OwnerFlag;
import com.nordhost.clientarea.domain.protect.SecuringOutcome;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.testing.MutableClock;
import com.nordhost.clientarea.domain.totp.TotpGenerator;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import com.nordhost.clientarea.domain.twofactor.PendingEnrollment;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "This wasn't me" over the real schema (V20): the link's rules, the flag, and the whole button (decision 0042). */
class ProtectOverDatabaseTest extends DatabaseTest {

    private static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.9", "JUnit");
    private static final Pattern PROTECT = Pattern.compile("this-wasnt-me\\?token=([A-Za-z0-9_-]{43})");
    private static final String PASSWORD = "customer-password-1";
    private static final TotpGenerator TOTP = new TotpGenerator(TotpParameters.DEFAULT);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T09:00:00Z"));
    private DomainServices services;
    private Account agent;

    @BeforeAll
    void agent() {
        services = db.services(clock);
        agent = db.createStaff(Role.SUPPORT, uniqueEmail("agent"), "Sam Support", "agent-password-1");
    }

    private ProtectLinks links() {
        return db.ports().protectLinks();
    }

    @Test
    void a_link_is_stored_as_a_hash_spent_once_refused_after_expiry_and_dead_links_go_as_new_ones_come() {
        Account customer = db.createCustomer(uniqueEmail("links"), "Lina Links", PASSWORD);
        Instant t0 = clock.instant();
        String live = "a".repeat(64);
        String old = "b".repeat(64);
        tx(() -> {
            links().record(customer.id(), old, "c".repeat(64), t0.minus(Duration.ofDays(8)), t0.minusSeconds(1));
            links().record(customer.id(), live, "c".repeat(64), t0, t0.plus(Duration.ofDays(7)));
            return null;
        });
        assertThat(tx(() -> links().find(old))).as("expired rows of the account deleted").isEmpty();
        ProtectLinks.Link link = tx(() -> links().find(live)).orElseThrow();
        assertThat(link.accountId()).isEqualTo(customer.id());
        assertThat(link.expiresAt()).isEqualTo(t0.plus(Duration.ofDays(7)));
        assertThat(link.usedAt()).isNull();

        assertThat(tx(() -> links().use(live, t0.plus(Duration.ofDays(7))))).as("expired").isFalse();
        assertThat(tx(() -> links().use(live, t0.plusSeconds(5)))).isTrue();
        assertThat(tx(() -> links().use(live, t0.plusSeconds(6)))).as("single use").isFalse();
        assertThat(tx(() -> links().find(live)).orElseThrow().usedAt()).isEqualTo(t0.plusSeconds(5));
    }

    @Test
    void two_presses_of_one_link_at_the_same_moment_secure_once() throws Exception {
        Account customer = db.createCustomer(uniqueEmail("race"), "Rasmus Race", PASSWORD);
        String token = mailedProtectToken(customer);
        int epoch = services.sessionEpochs().atSignIn(customer.id());

        List<Object> results = race(2, () -> services.accountSecuring().secure(token, ORIGIN));

        assertThat(results).filteredOn(r -> r instanceof SecuringOutcome.Secured).hasSize(1);
        assertThat(services.sessionEpochs().atSignIn(customer.id())).isEqualTo(epoch + 1);
        assertThat(tx(() -> db.auditLog().findBySubject(customer.id(), 50))).extracting(AuditEvent::type)
                .containsOnlyOnce(AuditEventType.ACCOUNT_SECURED_BY_OWNER);
    }

    @Test
    void two_links_pressed_at_the_same_moment_keep_one_flag_counting_both() throws Exception {
        Account customer = db.createCustomer(uniqueEmail("twice"), "Tove Twice", PASSWORD);
        String first = mailedProtectToken(customer);
        String second = mailedProtectToken(customer);
        List<String> tokens = List.of(first, second);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

        List<Object> results = race(2, () -> services.accountSecuring().secure(tokens.get(next.getAndIncrement()),
                ORIGIN));

        assertThat(results).allMatch(r -> r instanceof SecuringOutcome.Secured, "both secured: " + results);
        OwnerFlag flag = services.ownerFlagDesk().flagOf(agent.id(), customer.id()).orElseThrow();
        assertThat(flag.presses()).isEqualTo(2);
    }

    @Test
    void the_button_secures_over_the_database_and_support_closes_the_flag() {
        Account customer = db.createCustomer(uniqueEmail("owner"), "Olga Owner-Svensson", PASSWORD);
        String token = mailedProtectToken(customer);
        int epoch = services.sessionEpochs().atSignIn(customer.id());

        assertThat(services.accountSecuring().linkWorks(token)).isTrue();
        assertThat(services.accountSecuring().secure(token, ORIGIN))
                .isEqualTo(new SecuringOutcome.Secured(true, false, false));

        assertThat(services.sessionEpochs().isCurrent(customer.id(), epoch)).isFalse();
        assertThat(outboundMailTo(db, customer.email().value(), "Choose a new password")).hasSize(1);
        assertThat(outboundMailTo(db, customer.email().value(), "Your account was secured")).hasSize(1);
        assertThat(services.ownerFlagDesk().flagged(agent.id(), "svensson")).extracting(FlaggedCustomer::id)
                .contains(customer.id());
        FlaggedCustomer listed = services.ownerFlagDesk().flagged(agent.id(), "").stream()
                .filter(c -> c.id().equals(customer.id())).findFirst().orElseThrow();
        assertThat(listed.customerNumber()).isNotBlank();
        assertThat(listed.email()).isEqualTo(customer.email());
        assertThat(listed.raisedAt()).isEqualTo(clock.instant());

        assertThat(services.ownerFlagDesk().close(agent.id(), customer.id(), "Phoned the owner.", ORIGIN))
                .isEqualTo(new FlagClosingOutcome.Closed());
        assertThat(services.ownerFlagDesk().flagOf(agent.id(), customer.id())).isEmpty();
        assertThat(services.ownerFlagDesk().flagged(agent.id(), "svensson")).extracting(FlaggedCustomer::id)
                .doesNotContain(customer.id());
        assertThat(outboundMailTo(db, customer.email().value(), "Our support has looked at your account")).hasSize(1);
    }

    /**
     * A notice with its link, the token read from the queued mail: 2FA turned on and off again gives the notice
     * "turned off" each time.
     */
    private String mailedProtectToken(Account customer) {
        PendingEnrollment pending = services.enrollment().start(customer.id(), ORIGIN);
        services.enrollment().confirm(customer.id(), TOTP.codeAt(pending.secret(), clock.instant()), ORIGIN);
        services.disableTwoFactor().disable(customer.id(), PASSWORD, ORIGIN);
        clock.advance(Duration.ofSeconds(30));
        List<Map<String, String>> mails = outboundMailTo(db, customer.email().value(),
                "Two-factor authentication was turned off");
        Matcher m = PROTECT.matcher(mails.get(mails.size() - 1).get("body"));
        assertThat(m.find()).isTrue();
        String token = m.group(1);
        assertThat(tx(() -> links().find(RandomTokens.sha256Hex(token)))).as("stored as its hash").isPresent();
        assertThat(tx(() -> links().find(token))).isEmpty();
        return token;
    }
}
