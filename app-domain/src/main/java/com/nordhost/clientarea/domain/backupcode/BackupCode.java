package com.nordhost.clientarea.domain.backupcode;

import java.util.Objects;
import java.util.Optional;

/**
 * The one backup code of an account: 16 characters of a 32-letter alphabet without look-alikes
 * (Crockford's Base32: no I, L, O, U), so log2(32^16) = 80 bits. Shown once, at creation; toString hides it.
 */
public final class BackupCode {

    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int LENGTH = 16;

    private final String value;

    private BackupCode(String value) {
        this.value = value;
    }

    static BackupCode ofNormalized(String value) {
        return new BackupCode(value);
    }

    /**
     * Reads what a person typed: case, spaces and dashes do not matter, and the look-alikes
     * I/L (read as 1) and O (read as 0) are forgiven. Empty when it cannot be a backup code.
     */
    public static Optional<BackupCode> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        StringBuilder normalized = new StringBuilder(LENGTH);
        for (int i = 0; i < input.length(); i++) {
            char c = Character.toUpperCase(input.charAt(i));
            if (c == '-' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            c = switch (c) {
                case 'I', 'L' -> '1';
                case 'O' -> '0';
                default -> c;
            };
            if (ALPHABET.indexOf(c) < 0 || normalized.length() == LENGTH) {
                return Optional.empty();
            }
            normalized.append(c);
        }
        return normalized.length() == LENGTH ? Optional.of(new BackupCode(normalized.toString())) : Optional.empty();
    }

    /** The bare 16 characters, as hashed. */
    public String value() {
        return value;
    }

    /** Four groups of four: {@code ABCD-EFGH-JKMN-PQRS}. */
    public String display() {
        return value.substring(0, 4) + '-' + value.substring(4, 8) + '-' + value.substring(8, 12) + '-'
                + value.substring(12, 16);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BackupCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return "BackupCode[hidden]";
    }
}
