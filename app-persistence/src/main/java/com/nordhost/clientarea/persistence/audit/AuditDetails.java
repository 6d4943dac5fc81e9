package com.nordhost.clientarea.persistence.audit;

import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code details} column: one {@code key=value} line per detail, keys sorted. A backslash, a
 * line break and (in keys) the equals sign are escaped, so any value reads back unchanged.
 */
final class AuditDetails {

    /** Longest value kept; the column holds 4000 characters in all. */
    static final int MAX_VALUE_LENGTH = 1000;
    static final int MAX_LENGTH = 4000;

    private AuditDetails() {
    }

    static String format(Map<String, String> details) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(details).entrySet()) {
            String line = escape(e.getKey(), true) + "=" + escape(truncate(e.getValue()), false) + "\n";
            if (out.length() + line.length() > MAX_LENGTH) {
                break; // whole lines only, so the text stays parseable
            }
            out.append(line);
        }
        return out.toString();
    }

    static Map<String, String> parse(String text) {
        Map<String, String> result = new TreeMap<>();
        if (text == null || text.isEmpty()) {
            return result;
        }
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int eq = separator(line);
            if (eq < 0) {
                result.put(unescape(line), "");
            } else {
                result.put(unescape(line.substring(0, eq)), unescape(line.substring(eq + 1)));
            }
        }
        return result;
    }

    private static String truncate(String value) {
        if (value == null) {
            return "";
        }
        if (value.length() <= MAX_VALUE_LENGTH) {
            return value;
        }
        int end = MAX_VALUE_LENGTH;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }

    /** The first '=' not preceded by an escaping backslash. */
    private static int separator(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=') {
                return i;
            }
        }
        return -1;
    }

    private static String escape(String s, boolean key) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '=' -> out.append(key ? "\\=" : "=");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
