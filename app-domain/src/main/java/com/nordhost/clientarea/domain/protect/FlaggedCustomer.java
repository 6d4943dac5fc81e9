package com.nordhost.clientarea.domain.protect;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.EmailAddress;
import java.time.Instant;
import java.util.Locale;

/** A flagged customer as the back-office search lists them. */
public record FlaggedCustomer(AccountId id, String customerNumber, String fullName, EmailAddress email,
                              Instant raisedAt) {

    /**
     * Whether the agent's search text finds this customer the way the customer search does: the start of the address,
     * of the customer number (with or without its letter) or of any word of the name; blank finds everyone.
     */
    public boolean matches(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return true;
        }
        String number = customerNumber == null ? "" : customerNumber.toLowerCase(Locale.ROOT);
        if (email.value().startsWith(t) || number.startsWith(t) || number.startsWith("c" + t)) {
            return true;
        }
        String name = fullName == null ? "" : fullName.toLowerCase(Locale.ROOT);
        if (name.startsWith(t)) {
            return true;
        }
        for (String word : name.split("[\\s\\-]+")) {
            if (word.startsWith(t)) {
                return true;
            }
        }
        return false;
    }
}
