package com.nordhost.clientarea.domain.twofactor;

import java.time.Instant;

/**
 * What is stored per account about required two-factor authentication (table {@code two_factor_requirement}, V22):
 * when the product-wide setting first reached the account (a login without 2FA saw it), when support required it and
 * under which ticket (null: support does not), and when a second factor last ended while it was required (null:
 * never). No free text: the agent's reason is in the audit trail.
 */
public record RequirementRecord(Instant settingReachedAt, Instant supportRequiredAt, String supportTicket,
                                Instant endedWhileRequiredAt) {

    public static final RequirementRecord NONE = new RequirementRecord(null, null, null, null);
}
