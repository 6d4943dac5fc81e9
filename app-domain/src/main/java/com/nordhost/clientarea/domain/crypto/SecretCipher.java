package com.nordhost.clientarea.domain.crypto;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.totp.TotpSecret;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * AES-256-GCM for TOTP secrets at rest. A random 96-bit nonce per encryption; the account id is the
 * associated data, so a ciphertext copied onto another account's row does not decrypt.
 */
public final class SecretCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final KeyRing keyRing;
    private final SecureRandom random;

    public SecretCipher(KeyRing keyRing, SecureRandom random) {
        this.keyRing = keyRing;
        this.random = random;
    }

    public EncryptedSecret encrypt(AccountId accountId, TotpSecret secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] plain = secret.bytes();
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keyRing.currentKey(), nonce, accountId);
            byte[] sealed = cipher.doFinal(plain);
            return new EncryptedSecret(keyRing.currentKeyId(),
                    ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a TOTP secret", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** Decrypts with whichever key of the ring made the ciphertext. Fails loudly if it was tampered with. */
    public TotpSecret decrypt(AccountId accountId, EncryptedSecret encrypted) {
        byte[] key = keyRing.key(encrypted.keyId()).orElseThrow(() -> new IllegalStateException(
                "The key " + encrypted.keyId() + " is not in the key ring"));
        byte[] data = encrypted.ciphertext();
        if (data.length <= NONCE_BYTES) {
            throw new IllegalStateException("Ciphertext too short");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(data, NONCE_BYTES), accountId);
            byte[] plain = cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES);
            try {
                return TotpSecret.of(plain);
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt the TOTP secret of account " + accountId, e);
        }
    }

    /** True when the secret was encrypted under an older key and should be re-encrypted. */
    public boolean needsReencryption(EncryptedSecret encrypted) {
        return !keyRing.currentKeyId().equals(encrypted.keyId());
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce, AccountId accountId)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(Long.toString(accountId.value()).getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }
}
