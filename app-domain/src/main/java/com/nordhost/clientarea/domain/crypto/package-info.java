/**
 * Building block: the key ring ({@code KeyRing}, loaded from the key file by app-persistence), AES-256-GCM
 * encryption of TOTP secrets at rest ({@code SecretCipher}, {@code EncryptedSecret}), HMAC signatures per
 * purpose ({@code MessageSigner}) and the random link and cookie tokens stored only as SHA-256
 * ({@code RandomTokens}).
 */
package com.nordhost.clientarea.domain.crypto;
