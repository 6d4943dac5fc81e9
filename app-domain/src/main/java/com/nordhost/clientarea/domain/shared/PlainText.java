package com.nordhost.clientarea.domain.shared;

/**
 * Whether typed text is plain text. NUL and the other control characters have no place in a name, an address
 * or a reason; H2 stores them and PostgreSQL refuses them (SQLState 22021), so they are refused everywhere
 * before they reach either. Multi-line fields (a reason) keep their line breaks and tabs. Format characters
 * (Unicode Cf: zero-width space and joiners, bidirectional marks, embeddings, overrides and isolates, BOM) are
 * refused with them (decision 0032): they are invisible, or turn what an agent reads around.
 */
public final class PlainText {

    private PlainText() {
    }

    public static boolean hasControlCharacters(String text, boolean multiLine) {
        if (text == null) {
            return false;
        }
        return text.codePoints().anyMatch(c -> (Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.FORMAT)
                && !(multiLine && (c == '\n' || c == '\r' || c == '\t')));
    }
}
