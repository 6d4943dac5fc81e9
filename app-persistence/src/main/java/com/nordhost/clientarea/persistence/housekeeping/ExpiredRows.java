package com.nordhost.clientarea.persistence.housekeeping;

import com.nordhost.clientarea.persistence.jpa.EntityManagers;
import com.nordhost.clientarea.persistence.jpa.Timestamps;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Deletes rows that no rule can use any more (issue 21: the review found them never deleted): expired remembered
 * browsers, expired WebAuthn challenges, "Forgot your password?" requests and "lost both" requests that expired
 * unconfirmed. Kept as long as a rule still counts them: reset requests a day past their expiry (the per-account
 * and per-address throttles count the last hour), expired recovery requests a day after they closed (the
 * per-account limit counts the last day). Invitations, and recovery requests that were decided, stay: support sees
 * them. Sign-ins are the domain's {@code SignIns.purgeExpired}. Runs in the caller's transaction.
 */
public class ExpiredRows {

    /** How long a spent or expired row still counts for a throttle. */
    static final Duration STILL_COUNTED = Duration.ofDays(1);

    /** What one purge deleted, per table. */
    public record Purged(int rememberedBrowsers, int webAuthnChallenges, int passwordResets, int recoveryRequests) {

        public int total() {
            return rememberedBrowsers + webAuthnChallenges + passwordResets + recoveryRequests;
        }
    }

    private final EntityManagers entityManagers;

    public ExpiredRows(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "EntityManagers are required.");
    }

    public Purged purge(Instant now) {
        Object counted = Timestamps.toColumn(now.minus(STILL_COUNTED));
        return new Purged(
                delete("DELETE FROM remembered_browser WHERE expires_at <= ?1", Timestamps.toColumn(now)),
                delete("DELETE FROM webauthn_challenge WHERE expires_at <= ?1", Timestamps.toColumn(now)),
                delete("DELETE FROM password_reset WHERE purpose = 'RESET' AND expires_at < ?1", counted),
                delete("DELETE FROM recovery_request WHERE status = 'EXPIRED' AND closed_at < ?1", counted));
    }

    private int delete(String sql, Object cutoff) {
        EntityManager em = entityManagers.current();
        return em.createNativeQuery(sql).setParameter(1, cutoff).executeUpdate();
    }
}
