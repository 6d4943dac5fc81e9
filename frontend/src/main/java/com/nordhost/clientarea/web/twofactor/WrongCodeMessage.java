package com.nordhost.clientarea.web.twofactor;

import com.nordhost.clientarea.domain.totp.PhoneClockOffset;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * The words for a refused code: the plain message, and when the code would have fitted a phone clock a few
 * minutes off, how far off and how to fix it (sign-in, the wizard and adding an app say it alike).
 */
public final class WrongCodeMessage {

    private WrongCodeMessage() {
    }

    public static String of(Component in, String plainKey, Optional<PhoneClockOffset> clockOffset) {
        return clockOffset.map(offset -> in.getTranslation(
                        offset.phoneIsAhead() ? "code.clockAhead" : "code.clockBehind", offset.aboutMinutes()))
                .orElseGet(() -> in.getTranslation(plainKey));
    }
}
