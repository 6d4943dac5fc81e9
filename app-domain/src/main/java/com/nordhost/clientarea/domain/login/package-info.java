/**
 * Signing in, step by step: {@code PasswordLogin} (the password, the throttles, the device cookie of
 * {@code DeviceTrust}) ends in a {@code PendingLogin} when a second factor is on; {@code SecondFactorLogin} checks a
 * {@code SecondFactorProof} for it (what holds for every kind once, the proof itself by the {@code ProofCheck} that
 * accepts it: {@code TypedCodeCheck} here, the security key's in {@code securitykey}), with
 * {@code SecondFactorFailures} counting, throttling, auditing and locking refusals of every kind; and
 * {@code SessionEpochs}, which end an account's other sessions (and half-finished logins) after a password change,
 * 2FA off or a support removal. Both apps use these use cases; the views only show their typed outcomes.
 */
package com.nordhost.clientarea.domain.login;
