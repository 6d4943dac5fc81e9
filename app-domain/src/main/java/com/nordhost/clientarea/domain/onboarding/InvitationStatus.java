package com.nordhost.clientarea.domain.onboarding;

import java.time.Instant;

/**
 * A customer's latest invitation as the back-office shows it: sent at, works until, and whether the customer has
 * chosen a password ({@code accepted}; also true after a "Forgot your password?" link did it).
 */
public record InvitationStatus(Instant sentAt, Instant expiresAt, boolean accepted, boolean expired) {
}
