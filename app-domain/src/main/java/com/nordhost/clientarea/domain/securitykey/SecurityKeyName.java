package com.nordhost.clientarea.domain.securitykey;

import com.nordhost.clientarea.domain.shared.InvalidInputException;
import com.nordhost.clientarea.domain.shared.PlainText;
import java.text.Normalizer;

/** The name a customer gives a key: 1 to 64 characters of plain text, trimmed (decision 0024). */
public record SecurityKeyName(String value) {

    public static final int MAX_LENGTH = 64;

    public SecurityKeyName {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("securityKey.name.missing", "A security key needs a name.");
        }
        if (PlainText.hasControlCharacters(value, false)) {
            throw new InvalidInputException("securityKey.name.invalid", "A key name is plain text on one line.");
        }
        value = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new InvalidInputException("securityKey.name.tooLong",
                    "A key name has at most " + MAX_LENGTH + " characters.");
        }
    }

    public static SecurityKeyName of(String raw) {
        return new SecurityKeyName(raw);
    }
}
