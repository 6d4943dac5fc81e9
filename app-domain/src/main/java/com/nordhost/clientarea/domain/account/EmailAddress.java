package com.nordhost.clientarea.domain.account;

import com.nordhost.clientarea.domain.shared.InvalidInputException;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Objects;

/**
 * An e-mail address in its normalized form (trimmed, lower-case, NFC), so that the address a support request
 * came from can be compared with the registered one, and the same person cannot register twice by case.
 */
public final class EmailAddress {

    /** RFC 5321's limit, also the e-mail fields' maxlength (decision 0027). */
    public static final int MAX_LENGTH = 254;

    private final String value;

    private EmailAddress(String value) {
        this.value = value;
    }

    public static EmailAddress of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("email.required", "An e-mail address is required.");
        }
        if (raw.length() > MAX_LENGTH && raw.strip().length() > MAX_LENGTH) {
            // Refused before it is normalized: no e-mail field takes more either.
            throw new InvalidInputException("email.invalid", "This is not a valid e-mail address.");
        }
        String normalized = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (normalized.length() > MAX_LENGTH || !looksLikeAnAddress(normalized)) {
            throw new InvalidInputException("email.invalid", "This is not a valid e-mail address.");
        }
        return new EmailAddress(normalized);
    }

    /** The address, or empty when {@code raw} is not one (for answers that must not differ for a typo). */
    public static Optional<EmailAddress> parse(String raw) {
        try {
            return Optional.of(of(raw));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private static boolean looksLikeAnAddress(String s) {
        int at = s.indexOf('@');
        if (at <= 0 || at != s.lastIndexOf('@') || at == s.length() - 1) {
            return false;
        }
        if (s.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return false;
        }
        String domain = s.substring(at + 1);
        return domain.contains(".") && !domain.startsWith(".") && !domain.endsWith(".") && !domain.contains("..");
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmailAddress other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
