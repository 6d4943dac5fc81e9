package com.nordhost.clientarea.domain.customers;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What an agent searches for: an e-mail address (exact or the start of it), the start of a name, or a
 * customer number (or its start). The text is normalized the way the stored search columns are
 * (trimmed, NFC, lower-case; customer numbers upper-case, with the leading {@code C} added when only the
 * digits were typed), so the database compares like with like.
 */
public record CustomerQuery(Kind kind, String text) {

    /** Customer numbers look like {@code C100042} or just digits. */
    private static final Pattern CUSTOMER_NUMBER = Pattern.compile("[A-Za-z]{0,3}\\d+");
    /**
     * Every stored customer number starts with this letter, but customers often quote only the digits. The
     * letter is put back before searching, so the search stays a prefix of the stored number (an index range)
     * rather than a match anywhere in it.
     */
    static final String CUSTOMER_NUMBER_LETTER = "C";
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    public static final int MAX_LENGTH = 320;

    public enum Kind {
        /** The whole normalized address. */
        EMAIL_EXACT,
        /** The start of the normalized address. */
        EMAIL_PREFIX,
        /** The start of the lower-case full name. */
        NAME_PREFIX,
        /** The start of the customer number (an exact number is its own prefix and comes first). */
        CUSTOMER_NUMBER
    }

    public CustomerQuery {
        Objects.requireNonNull(kind, "A search kind is required.");
        Objects.requireNonNull(text, "Search text is required.");
        text = normalize(kind, text);
    }

    /**
     * Guesses the kind from the text: with an {@code @} an e-mail search (exact when the text is a whole
     * address, else by prefix), a customer number when it looks like one, otherwise a name.
     */
    public static CustomerQuery detect(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.contains("@")) {
            return new CustomerQuery(Kind.EMAIL_PREFIX, text);
        }
        if (CUSTOMER_NUMBER.matcher(text).matches()) {
            return new CustomerQuery(Kind.CUSTOMER_NUMBER, text);
        }
        return new CustomerQuery(Kind.NAME_PREFIX, text);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    private static String normalize(Kind kind, String raw) {
        String text = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        if (kind != Kind.CUSTOMER_NUMBER) {
            return text.toLowerCase(Locale.ROOT);
        }
        String number = text.toUpperCase(Locale.ROOT);
        return DIGITS.matcher(number).matches() ? CUSTOMER_NUMBER_LETTER + number : number;
    }
}
