package com.nordhost.clientarea.web.twofactor;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;

/**
 * A text field for the code from the authenticator app: spaces and a dash are fine, a numeric keyboard is
 * hinted ({@code inputmode="numeric"}) and browsers may fill it from an SMS or a password manager
 * ({@code autocomplete="one-time-code"}). The hints sit on the field's own slotted {@code <input>}.
 */
public class OneTimeCodeField extends TextField {

    /** Room for a code or a backup code with spaces or dashes typed between its groups. */
    public static final int MAX_LENGTH = 40;

    public OneTimeCodeField(String label) {
        super(label);
        setMaxLength(MAX_LENGTH);
        getElement().setAttribute("autocomplete", "one-time-code");
        Element input = new Element("input");
        input.setAttribute("slot", "input");
        input.setAttribute("inputmode", "numeric");
        input.setAttribute("autocomplete", "one-time-code");
        getElement().appendChild(input);
        setClearButtonVisible(false);
        // The server decides whether a code is right; the field's own checks must not clear that error.
        setManualValidation(true);
    }
}
