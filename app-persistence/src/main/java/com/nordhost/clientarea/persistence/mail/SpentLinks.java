package com.nordhost.clientarea.persistence.mail;

import java.util.regex.Pattern;

/**
 * The links in a mail stop being kept once the mail has left (or will never leave): a password-reset, invitation,
 * recovery-confirmation or cancel link opens an account, and the sent mail stays in {@code outbound_mail} for its
 * keep-days, so a copy of the database or a backup must not hold a working one. The token part of every
 * {@code ...?token=} link is replaced; the rest of the text stays for support to read.
 */
final class SpentLinks {

    static final String REMOVED = "(removed once sent)";
    private static final Pattern TOKEN = Pattern.compile("([?&]token=)[A-Za-z0-9_\\-]+");

    private SpentLinks() {
    }

    static String removedFrom(String body) {
        return body == null ? null : TOKEN.matcher(body).replaceAll("$1" + REMOVED);
    }
}
