package com.nordhost.clientarea.admin.customers;

import java.util.Optional;

/**
 * What an agent is shown of a stored address or name when something in it is unusual (decision 0032): every
 * character outside printable ASCII and Latin letters (å, ö, é, ...) as a backslash, u and four hex digits, so that a Cyrillic
 * "е" or a zero-width space stored before the stricter rules cannot pass for the address it looks like.
 */
public final class Escaped {

    private Escaped() {
    }

    /** The escaped form, or empty when every character is in the safe set. */
    public static Optional<String> ifUnusual(String text) {
        if (text == null || text.chars().allMatch(Escaped::safe)) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (safe(c)) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return Optional.of(out.toString());
    }

    private static boolean safe(int c) {
        return (c >= 0x20 && c < 0x7f) || (c != '\\' && Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN
                && Character.getType(c) != Character.FORMAT);
    }
}
