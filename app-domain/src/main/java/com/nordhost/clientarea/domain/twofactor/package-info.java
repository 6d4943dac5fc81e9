/**
 * The second factor itself: turning it on ({@code Enrollment}), off ({@code DisableTwoFactor}), a new backup
 * code ({@code BackupCodeRenewal}), several authenticator apps ({@code AuthenticatorApps}, decision 0023), the
 * overview Security settings shows, the credential with its encrypted secret and replay guard, and the ports
 * {@code TwoFactorRepository} and {@code AuthenticatorAppRepository}.
 */
package com.nordhost.clientarea.domain.twofactor;
