package com.nordhost.clientarea.domain.password;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * A password hash another system made, brought in by an import, which {@link PasswordHasher} checks until the first
 * right password replaces it with the product's Argon2id (rehash on login; decision 0033). The formats a migration
 * brings:
 * <ul>
 *   <li>bcrypt {@code $2y$}, {@code $2a$}, {@code $2b$} (PHP's {@code password_hash}, WHMCS, OpenBSD), by Bouncy
 *   Castle's {@code OpenBSDBCrypt};</li>
 *   <li>passlib's PBKDF2 {@code $pbkdf2$} (SHA-1), {@code $pbkdf2-sha256$}, {@code $pbkdf2-sha512$}
 *   ({@code $rounds$salt$checksum} in passlib's adapted base64: {@code .} for {@code +}, no padding);</li>
 *   <li>Django's {@code pbkdf2_sha256$rounds$salt$base64} and {@code pbkdf2_sha1$...} (the salt is text).</li>
 * </ul>
 * Argon2id PHC strings are the product's own format and need no help here. The password is checked as UTF-8 bytes of
 * what was typed, not normalized: the other system hashed what the browser sent.
 *
 * <p>Costs are bounded: an imported hash is computed at every login attempt on the account, so a hash that would
 * take the server seconds (or gigabytes) is refused at import, not at login.
 */
public final class ForeignPasswordHash {

    /** bcrypt's cost is a power of two; 16 is some seconds, far above what any PHP site uses (10 to 12). */
    static final int MAX_BCRYPT_COST = 16;
    /** Django 5 uses 870,000 rounds of SHA-256; ten million is some seconds. */
    static final int MAX_PBKDF2_ROUNDS = 10_000_000;

    private static final Pattern BCRYPT = Pattern.compile("\\$(2[aby])\\$(\\d\\d)\\$[./A-Za-z0-9]{53}");
    private static final Pattern PASSLIB = Pattern.compile(
            "\\$pbkdf2(-sha256|-sha512)?\\$(\\d{1,9})\\$([./A-Za-z0-9]{0,200})\\$([./A-Za-z0-9]{16,200})");
    private static final Pattern DJANGO = Pattern.compile(
            "pbkdf2_(sha256|sha1)\\$(\\d{1,9})\\$([^$\\s]{1,200})\\$([+/A-Za-z0-9]{16,200}={0,2})");

    /** The format of a foreign hash, as an import names it. */
    public enum Format {
        BCRYPT, PBKDF2_SHA1, PBKDF2_SHA256, PBKDF2_SHA512, DJANGO_PBKDF2_SHA1, DJANGO_PBKDF2_SHA256
    }

    private final Format format;
    private final String encoded;
    private final String algorithm;
    private final int rounds;
    private final byte[] salt;
    private final byte[] checksum;

    private ForeignPasswordHash(Format format, String encoded, String algorithm, int rounds, byte[] salt,
                                byte[] checksum) {
        this.format = format;
        this.encoded = encoded;
        this.algorithm = algorithm;
        this.rounds = rounds;
        this.salt = salt;
        this.checksum = checksum;
    }

    /** The hash when it is one of the foreign formats, well formed and of a cost the server can afford; else empty. */
    public static Optional<ForeignPasswordHash> parse(String encoded) {
        if (encoded == null) {
            return Optional.empty();
        }
        try {
            Matcher m = BCRYPT.matcher(encoded);
            if (m.matches()) {
                int cost = Integer.parseInt(m.group(2));
                return cost < 4 || cost > MAX_BCRYPT_COST ? Optional.empty()
                        : Optional.of(new ForeignPasswordHash(Format.BCRYPT, encoded, null, cost, null, null));
            }
            m = PASSLIB.matcher(encoded);
            if (m.matches()) {
                String variant = m.group(1) == null ? "" : m.group(1);
                Format format = switch (variant) {
                    case "-sha256" -> Format.PBKDF2_SHA256;
                    case "-sha512" -> Format.PBKDF2_SHA512;
                    default -> Format.PBKDF2_SHA1;
                };
                byte[] checksum = adaptedBase64(m.group(4));
                if (checksum.length != digestLength(format)) {
                    return Optional.empty();
                }
                return pbkdf2(format, encoded, m.group(2), adaptedBase64(m.group(3)), checksum);
            }
            m = DJANGO.matcher(encoded);
            if (m.matches()) {
                Format format = "sha1".equals(m.group(1)) ? Format.DJANGO_PBKDF2_SHA1 : Format.DJANGO_PBKDF2_SHA256;
                return pbkdf2(format, encoded, m.group(2), m.group(3).getBytes(StandardCharsets.UTF_8),
                        Base64.getDecoder().decode(m.group(4)));
            }
        } catch (IllegalArgumentException e) {
            // Not base64 after all: not a hash we can check.
        }
        return Optional.empty();
    }

    private static Optional<ForeignPasswordHash> pbkdf2(Format format, String encoded, String roundsText, byte[] salt,
                                                        byte[] checksum) {
        int rounds = Integer.parseInt(roundsText);
        if (rounds < 1 || rounds > MAX_PBKDF2_ROUNDS || checksum.length < 8) {
            return Optional.empty();
        }
        String algorithm = switch (format) {
            case PBKDF2_SHA1, DJANGO_PBKDF2_SHA1 -> "PBKDF2WithHmacSHA1";
            case PBKDF2_SHA512 -> "PBKDF2WithHmacSHA512";
            default -> "PBKDF2WithHmacSHA256";
        };
        return Optional.of(new ForeignPasswordHash(format, encoded, algorithm, rounds, salt, checksum));
    }

    public Format format() {
        return format;
    }

    /** Whether the password, as typed, is the one this hash was made of (constant-time comparison). */
    boolean matches(String password) {
        if (format == Format.BCRYPT) {
            // OpenBSDBCrypt hashes the UTF-8 bytes, as PHP does with what the browser sent.
            return OpenBSDBCrypt.checkPassword(encoded, password.getBytes(StandardCharsets.UTF_8));
        }
        char[] chars = password.toCharArray();
        try {
            // PBEKeySpec takes chars; the JDK's PBKDF2 encodes them as UTF-8, as passlib and Django do.
            PBEKeySpec spec = new PBEKeySpec(chars, salt, rounds, checksum.length * 8);
            byte[] computed = SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
            spec.clearPassword();
            return MessageDigest.isEqual(computed, checksum);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        } finally {
            java.util.Arrays.fill(chars, '\0');
        }
    }

    private static int digestLength(Format format) {
        return switch (format) {
            case PBKDF2_SHA1 -> 20;
            case PBKDF2_SHA512 -> 64;
            default -> 32;
        };
    }

    /** passlib's "adapted base64": the standard alphabet with {@code .} for {@code +}, without padding. */
    private static byte[] adaptedBase64(String text) {
        return Base64.getDecoder().decode(text.replace('.', '+'));
    }
}
