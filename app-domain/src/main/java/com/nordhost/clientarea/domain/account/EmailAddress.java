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
        if (normalized.length() > MAX_LENGTH || !looksLikeAnAddress(normalized) || !plainlyWritten(normalized)) {
            throw new InvalidInputException("email.invalid", "This is not a valid e-mail address.");
        }
        return new EmailAddress(normalized);
    }

    /**
     * An address read back from the database: normalized as stored, without the typed-input rules added later
     * (decision 0032), so that a row stored before them still loads. Never for what a person typed.
     */
    public static EmailAddress stored(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("email.required", "An e-mail address is required.");
        }
        return new EmailAddress(Normalizer.normalize(raw.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
    }

    /** The address, or empty when {@code raw} is not one (for answers that must not differ for a typo). */
    public static Optional<EmailAddress> parse(String raw) {
        try {
            return Optional.of(of(raw));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    /**
     * Decision 0032: what an agent reads is what the address is. No invisible character (format Cf: zero-width
     * space and joiners, bidirectional marks, embeddings, overrides and isolates, soft hyphen, BOM; control Cc;
     * private use Co; unassigned Cn; lone surrogates Cs) and no separator (Zs, Zl, Zp: no space of any width);
     * and no label (the local part, and each dot-separated part of the domain) that mixes Latin, Cyrillic and
     * Greek letters, the scripts whose look-alikes pass for each other ("ex\u0430mple" with a Cyrillic a).
     * A documented subset of Unicode TS #39, not ICU4J's spoof checker (see the decision).
     */
    private static boolean plainlyWritten(String s) {
        boolean invisible = s.codePoints().anyMatch(c -> switch (Character.getType(c)) {
            case Character.FORMAT, Character.CONTROL, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.SURROGATE, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        });
        if (invisible) {
            return false;
        }
        int at = s.indexOf('@');
        if (mixesLookAlikeScripts(s.substring(0, at))) {
            return false;
        }
        for (String label : s.substring(at + 1).split("\\.")) {
            if (mixesLookAlikeScripts(label)) {
                return false;
            }
        }
        return true;
    }

    private static boolean mixesLookAlikeScripts(String label) {
        boolean latin = false;
        boolean cyrillic = false;
        boolean greek = false;
        for (int i = 0; i < label.length(); ) {
            int c = label.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            switch (Character.UnicodeScript.of(c)) {
                case LATIN -> latin = true;
                case CYRILLIC -> cyrillic = true;
                case GREEK -> greek = true;
                default -> { }
            }
        }
        return (latin ? 1 : 0) + (cyrillic ? 1 : 0) + (greek ? 1 : 0) > 1;
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
