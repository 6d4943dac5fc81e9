package com.nordhost.clientarea.domain.shared;

/**
 * Whether typed text is plain text. NUL and the other control characters have no place in a name, an address
 * or a reason; H2 stores them and PostgreSQL refuses them (SQLState 22021), so they are refused everywhere
 * before they reach either. Multi-line fields (a reason) keep their line breaks and tabs.
 */
public final class PlainText {

    private PlainText() {
    }

    public static boolean hasControlCharacters(String text, boolean multiLine) {
        if (text == null) {
            return false;
        }
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                && !(multiLine && (c == '\n' || c == '\r' || c == '\t')));
    }
}
