/**
 * Security keys and passkeys (decision 0024): the stored keys ({@code SecurityKeys}: list, remove one with the
 * password; {@code SecurityKeyStore}: the keys as one kind of authenticator, removed with the second factor), the
 * ceremonies (registering a key, {@code SecurityKeyRegistration}; the login's challenge, {@code SecurityKeyLogin};
 * the answer as a proof of the second step, {@code SecurityKeyCheck}), passkeys that sign in alone (decision 0045:
 * {@code KeyUse}, the login page's {@code PasskeySignIn} and its proof's {@code PasskeyCheck}), the relying party, and
 * the ports
 * {@code SecurityKeyRepository} and {@code WebAuthnChallenges}. The package-private {@code WebAuthnVerifier} is the
 * one class that checks the browser's answers with webauthn4j.
 */
package com.nordhost.clientarea.domain.securitykey;
