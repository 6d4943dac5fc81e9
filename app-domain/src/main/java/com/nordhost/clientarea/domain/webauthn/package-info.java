/**
 * The security-key ceremonies (decision 0024): registering a key ({@code SecurityKeyRegistration}) and signing
 * in with one at the code step ({@code SecurityKeyLogin}). The package-private {@code WebAuthnVerifier} is the
 * one class that checks the browser's answers with webauthn4j; the stored keys belong to {@code securitykey}.
 */
package com.nordhost.clientarea.domain.webauthn;
