/**
 * Signing in, step by step: {@code PasswordLogin} (the password, the throttles, the device cookie of
 * {@code DeviceTrust}), {@code SecondFactorLogin} (a code from an authenticator app or the backup code, with
 * {@code SecondFactorFailures} counting, throttling, auditing and locking refusals) and {@code SessionEpochs},
 * which end an account's other sessions after a password change, 2FA off or a support removal. Both apps use
 * these use cases; the views only show their typed outcomes.
 */
package com.nordhost.clientarea.domain.login;
