package com.nordhost.clientarea.domain.crypto;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretCipherTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AccountId ANNA = new AccountId(7);
    private final TotpSecret secret = TotpSecret.random(RANDOM);

    @Test
    void round_trips_with_a_fresh_nonce_each_time() {
        SecretCipher cipher = new SecretCipher(KeyRing.generated(RANDOM), RANDOM);

        EncryptedSecret first = cipher.encrypt(ANNA, secret);
        EncryptedSecret second = cipher.encrypt(ANNA, secret);

        assertThat(first.keyId()).isEqualTo("k1");
        // 12-byte nonce + 20-byte secret + 16-byte tag.
        assertThat(first.ciphertext()).hasSize(48);
        assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
        assertThat(cipher.decrypt(ANNA, first)).isEqualTo(secret);
        assertThat(cipher.decrypt(ANNA, second)).isEqualTo(secret);
    }

    @Test
    void a_ciphertext_copied_to_another_account_does_not_decrypt() {
        SecretCipher cipher = new SecretCipher(KeyRing.generated(RANDOM), RANDOM);
        EncryptedSecret encrypted = cipher.encrypt(ANNA, secret);

        assertThatThrownBy(() -> cipher.decrypt(new AccountId(8), encrypted)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_tampered_ciphertext_does_not_decrypt() {
        SecretCipher cipher = new SecretCipher(KeyRing.generated(RANDOM), RANDOM);
        byte[] bytes = cipher.encrypt(ANNA, secret).ciphertext();
        bytes[20] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt(ANNA, new EncryptedSecret("k1", bytes)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void key_file_is_created_owner_only_and_read_back_the_same(@TempDir Path dir) throws Exception {
        Path keyFile = dir.resolve("conf/keys.properties");

        KeyRing created = KeyRing.loadOrCreate(keyFile, RANDOM);
        EncryptedSecret encrypted = new SecretCipher(created, RANDOM).encrypt(ANNA, secret);
        KeyRing reloaded = KeyRing.loadOrCreate(keyFile, RANDOM);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(Files.readString(keyFile)).contains("current=k1");
        assertThat(new SecretCipher(reloaded, RANDOM).decrypt(ANNA, encrypted)).isEqualTo(secret);
    }

    @Test
    void after_rotation_old_secrets_decrypt_and_new_ones_use_the_new_key(@TempDir Path dir) throws Exception {
        Path keyFile = dir.resolve("keys.properties");
        KeyRing old = KeyRing.loadOrCreate(keyFile, RANDOM);
        EncryptedSecret underOldKey = new SecretCipher(old, RANDOM).encrypt(ANNA, secret);

        KeyRing rotated = KeyRing.rotate(keyFile, RANDOM);
        SecretCipher cipher = new SecretCipher(KeyRing.load(keyFile), RANDOM);

        assertThat(rotated.currentKeyId()).isEqualTo("k2");
        assertThat(rotated.keyIds()).containsExactlyInAnyOrder("k1", "k2");
        assertThat(cipher.decrypt(ANNA, underOldKey)).isEqualTo(secret);
        assertThat(cipher.needsReencryption(underOldKey)).isTrue();
        EncryptedSecret underNewKey = cipher.encrypt(ANNA, secret);
        assertThat(underNewKey.keyId()).isEqualTo("k2");
        assertThat(cipher.needsReencryption(underNewKey)).isFalse();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    }

    @Test
    void an_unknown_key_id_is_reported() {
        SecretCipher cipher = new SecretCipher(KeyRing.generated(RANDOM), RANDOM);
        EncryptedSecret encrypted = cipher.encrypt(ANNA, secret);

        assertThatThrownBy(() -> cipher.decrypt(ANNA, new EncryptedSecret("gone", encrypted.ciphertext())))
                .hasMessageContaining("gone");
    }

    @Test
    void neither_secret_nor_ciphertext_appear_in_to_string() {
        assertThat(secret.toString()).doesNotContain(secret.base32());
        assertThat(new SecretCipher(KeyRing.generated(RANDOM), RANDOM).encrypt(ANNA, secret).toString())
                .contains("k1").doesNotContain(secret.base32());
    }
}
