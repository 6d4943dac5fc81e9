/**
 * The second factor itself: turning it on ({@code Enrollment}), off ({@code DisableTwoFactor}), a new backup
 * code ({@code BackupCodeRenewal}), several authenticator apps ({@code AuthenticatorApps}, decision 0023), the
 * overview Security settings shows, and the ports {@code TwoFactorRepository} and {@code AuthenticatorAppRepository}.
 * Every kind of authenticator is an {@code AuthenticatorStore}; {@code SecondFactorEnd} is the one way the second
 * factor ends, whoever ends it (decision 0025).
 */
package com.nordhost.clientarea.domain.twofactor;
