package com.nordhost.clientarea.domain.support;


import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.twofactor.TwoFactorSummary;
import java.util.List;

/**
 * What the back-office shows about a customer: identity, the state of the second factor and recent
 * security events. Deliberately no secret, backup code or hash of either.
 */
public record CustomerProfile(AccountId id, String customerNumber, String fullName, EmailAddress email,
                              boolean active, TwoFactorSummary twoFactor, List<AuditEvent> recentEvents) {

    public CustomerProfile {
        recentEvents = List.copyOf(recentEvents);
    }
}
