package com.nordhost.clientarea.persistence.recovery;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.recovery.RecoveryRequests.Request;
import com.nordhost.clientarea.domain.recovery.RecoveryRequests.Status;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code recovery_request} table (migration V9): conditional state changes, one open request per account. */
class JpaRecoveryRequestsTest extends DatabaseTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00.123456Z");

    private JpaRecoveryRequests requests() {
        return new JpaRecoveryRequests(db.transactions());
    }

    private Account customer() {
        return db.createCustomer(uniqueEmail("rr"), "Rita Recovery", "correct horse battery");
    }

    private long create(Account customer, String hash, Instant at) {
        return tx(() -> requests().create(customer.id(), customer.email().value(), true, hash, at,
                at.plus(Duration.ofHours(24)), "198.51.100.4"));
    }

    @Test
    void a_request_goes_through_confirm_approve_and_completion_each_once() {
        Account customer = customer();
        Account agent = db.createStaff(Role.SUPPORT, uniqueEmail("agent"), "Sam Support", "agent-password-1");
        long id = create(customer, "c".repeat(64), T0);

        Request stored = tx(() -> requests().findByConfirmTokenHash("c".repeat(64))).orElseThrow();
        assertThat(stored.id()).isEqualTo(id);
        assertThat(stored.status()).isEqualTo(Status.UNCONFIRMED);
        assertThat(stored.verifiedEmail()).isEqualTo(customer.email().value());
        assertThat(stored.passwordGiven()).isTrue();
        assertThat(stored.requestedAt()).isEqualTo(T0);
        assertThat(stored.requestIp()).isEqualTo("198.51.100.4");
        assertThat(tx(() -> requests().findOpen(customer.id()))).contains(stored);
        assertThat(tx(() -> requests().countForAccountSince(customer.id(), T0))).isEqualTo(1);
        assertThat(tx(() -> requests().countForAccountSince(customer.id(), T0.plusSeconds(1)))).isZero();

        Instant later = T0.plus(Duration.ofHours(25));
        assertThat(tx(() -> requests().confirm(id, later, "x"))).as("past its deadline").isFalse();
        assertThat(tx(() -> requests().confirm(id, T0.plusSeconds(60), "198.51.100.5"))).isTrue();
        assertThat(tx(() -> requests().confirm(id, T0.plusSeconds(61), "x"))).as("once").isFalse();
        assertThat(tx(() -> requests().findByStatus(Status.CONFIRMED, 10))).extracting(Request::id).contains(id);

        Instant effective = T0.plus(Duration.ofHours(30));
        assertThat(tx(() -> requests().approve(id, agent.id(), T0.plusSeconds(120), "#1", "k".repeat(64),
                effective))).isTrue();
        assertThat(tx(() -> requests().reject(id, agent.id(), T0.plusSeconds(121), "late"))).isFalse();
        Request approved = tx(() -> requests().findByCancelTokenHash("k".repeat(64))).orElseThrow();
        assertThat(approved.status()).isEqualTo(Status.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo(agent.id());
        assertThat(approved.ticket()).isEqualTo("#1");
        assertThat(approved.effectiveAt()).isEqualTo(effective);
        assertThat(approved.confirmIp()).isEqualTo("198.51.100.5");

        assertThat(tx(() -> requests().shortenWait(id, effective.plusSeconds(1)))).as("already due").isFalse();
        Instant sooner = T0.plus(Duration.ofHours(2));
        assertThat(tx(() -> requests().shortenWait(id, sooner))).isTrue();
        assertThat(tx(() -> requests().findById(id)).orElseThrow().effectiveAt()).isEqualTo(sooner);
        assertThat(tx(() -> requests().close(id, Status.APPROVED, Status.COMPLETED, effective))).isTrue();
        assertThat(tx(() -> requests().shortenWait(id, sooner.minusSeconds(60)))).as("closed").isFalse();
        assertThat(tx(() -> requests().close(id, Status.APPROVED, Status.CANCELLED, effective))).isFalse();
        assertThat(tx(() -> requests().findOpen(customer.id()))).isEmpty();
        assertThat(tx(() -> requests().findById(id)).orElseThrow().closedAt()).isEqualTo(effective);
    }

    @Test
    void one_open_request_per_account_but_closed_ones_do_not_count() {
        Account customer = customer();
        long first = create(customer, "a".repeat(64), T0);
        assertThatThrownBy(() -> create(customer, "b".repeat(64), T0.plusSeconds(1)))
                .as("the unique open_account_id").isInstanceOf(RuntimeException.class);
        assertThat(tx(() -> requests().close(first, Status.UNCONFIRMED, Status.EXPIRED, T0.plusSeconds(2)))).isTrue();
        long second = create(customer, "d".repeat(64), T0.plusSeconds(3));
        assertThat(tx(() -> requests().findOpen(customer.id())).orElseThrow().id()).isEqualTo(second);
        assertThat(tx(() -> requests().countForAccountSince(customer.id(), T0))).isEqualTo(2);
        List<Request> expired = tx(() -> requests().findByStatus(Status.EXPIRED, 10));
        assertThat(expired).extracting(Request::id).contains(first);
    }

    @Test
    void a_rejection_closes_the_request_with_its_reason() {
        Account customer = customer();
        Account agent = db.createStaff(Role.ADMIN, uniqueEmail("admin"), "Ada Admin", "admin-password-1");
        long id = create(customer, "e".repeat(64), T0);
        assertThat(tx(() -> requests().reject(id, agent.id(), T0, "no"))).as("not yet confirmed").isFalse();
        tx(() -> requests().confirm(id, T0.plusSeconds(1), null));
        assertThat(tx(() -> requests().reject(id, agent.id(), T0.plusSeconds(2), "Not the owner's phone"))).isTrue();
        Request rejected = tx(() -> requests().findById(id)).orElseThrow();
        assertThat(rejected.status()).isEqualTo(Status.REJECTED);
        assertThat(rejected.rejectReason()).isEqualTo("Not the owner's phone");
        assertThat(tx(() -> requests().findOpen(customer.id()))).isEmpty();
        assertThat(tx(() -> requests().findById(id + 1000))).isEmpty();
    }
}
