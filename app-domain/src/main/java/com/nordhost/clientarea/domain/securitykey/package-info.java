/**
 * The stored security keys and passkeys (decision 0024): the list, removal with the password and removal of all
 * with the second factor ({@code SecurityKeys}), the relying party, and the ports {@code SecurityKeyRepository}
 * and {@code WebAuthnChallenges}. Depends on neither {@code twofactor} nor {@code login}, so both can remove
 * keys.
 */
package com.nordhost.clientarea.domain.securitykey;
