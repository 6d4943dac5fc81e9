package com.nordhost.clientarea.web.i18n;

import com.nordhost.clientarea.domain.profile.CustomerDetailsOutcome;
import com.nordhost.clientarea.domain.profile.CustomerDetailsRules.Field;
import com.vaadin.flow.component.Component;

/**
 * What a customer's details field says when its rule refuses a value, the same in My details (client area) and
 * New customer (back-office); each app's bundle has the {@code details.*} keys.
 */
public final class DetailsMessages {

    private DetailsMessages() {
    }

    public static String of(Component where, Field field, CustomerDetailsOutcome.Reason reason) {
        return switch (reason) {
            case REQUIRED -> where.getTranslation("details.required");
            case TOO_LONG -> where.getTranslation("details.tooLong", field.maxLength());
            case CONTROL_CHARACTERS -> where.getTranslation("details.controlCharacters");
            case FORMAT -> switch (field) {
                case PHONE -> where.getTranslation("details.invalidPhone");
                case POSTAL_CODE -> where.getTranslation("details.invalidPostalCode");
                case EMAIL -> where.getTranslation("details.invalidEmail");
                default -> where.getTranslation("details.invalidField");
            };
        };
    }
}
