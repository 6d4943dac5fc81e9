package com.nordhost.clientarea.persistence.keys;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.crypto.EncryptedSecret;
import com.nordhost.clientarea.domain.crypto.KeyRing;
import com.nordhost.clientarea.domain.crypto.SecretCipher;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import com.nordhost.clientarea.persistence.jpa.EntityManagers;
import com.nordhost.clientarea.persistence.jpa.Timestamps;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Proves at start that this node's key ring is the one the database's TOTP secrets were encrypted with. The
 * first start stores a known value encrypted with the current key; every start after that decrypts it. A node
 * started with a fresh data folder generates a key file of its own, and without this check it would start,
 * then fail every 2FA login; with it, it refuses to start and says which file to copy.
 */
public final class KeyRingCheck {

    /** The check is bound to an account id no account has, so it can never pass for a customer's secret. */
    private static final AccountId CHECK_SUBJECT = new AccountId(0);
    private static final byte[] KNOWN_VALUE = "clientarea key ring check".getBytes(StandardCharsets.US_ASCII);
    private static final Logger LOG = Logger.getLogger(KeyRingCheck.class.getName());

    private final EntityManagers entityManagers;
    private final Transactions transactions;
    private final Clock clock;

    public KeyRingCheck(EntityManagers entityManagers, Transactions transactions, Clock clock) {
        this.entityManagers = Objects.requireNonNull(entityManagers);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @throws KeyRingMismatchException when the stored check cannot be decrypted with {@code keyRing}
     */
    public void requireReadable(KeyRing keyRing, Path keyFile) {
        SecretCipher cipher = new SecretCipher(keyRing, new SecureRandom());
        try {
            verifyOnce(cipher, keyFile, keyRing);
        } catch (KeyRingMismatchException mismatch) {
            throw mismatch;
        } catch (RuntimeException raced) {
            // Two nodes starting at once on PostgreSQL: both saw no row, and the other's insert won the primary
            // key. Its row is there now, so checking again reads it.
            LOG.info(() -> "Key ring check stored by another node at the same moment; checking against it.");
            verifyOnce(cipher, keyFile, keyRing);
        }
    }

    private void verifyOnce(SecretCipher cipher, Path keyFile, KeyRing keyRing) {
        transactions.inTransaction(() -> {
            List<?> rows = entityManagers.current()
                    .createNativeQuery("SELECT key_id, ciphertext FROM key_check WHERE id = 1").getResultList();
            if (rows.isEmpty()) {
                EncryptedSecret check = cipher.encrypt(CHECK_SUBJECT, TotpSecret.of(KNOWN_VALUE.clone()));
                // Two nodes starting at once: the primary key lets one row in (see verify).
                entityManagers.current().createNativeQuery("INSERT INTO key_check (id, key_id, ciphertext, created_at)"
                                + " SELECT 1, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM key_check WHERE id = 1)")
                        .setParameter(1, check.keyId())
                        .setParameter(2, check.ciphertext())
                        .setParameter(3, Timestamps.toColumn(clock.instant()))
                        .executeUpdate();
                LOG.info(() -> "Key ring check stored (key " + check.keyId() + "): other nodes must use the same key"
                        + " file.");
                return null;
            }
            Object[] row = (Object[]) rows.get(0);
            EncryptedSecret stored = new EncryptedSecret((String) row[0], (byte[]) row[1]);
            if (!decrypts(cipher, stored)) {
                throw new KeyRingMismatchException(keyFile, stored.keyId(), keyRing.keyIds());
            }
            return null;
        });
    }

    private static boolean decrypts(SecretCipher cipher, EncryptedSecret stored) {
        try {
            return Arrays.equals(cipher.decrypt(CHECK_SUBJECT, stored).bytes(), KNOWN_VALUE);
        } catch (IllegalStateException wrongKey) {
            return false;
        }
    }
}
