package com.nordhost.clientarea.domain.profile;

import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.profile.CustomerDetailsOutcome.Reason;
import com.nordhost.clientarea.domain.shared.InvalidInputException;
import com.nordhost.clientarea.domain.shared.PlainText;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What My details accepts, field by field: the one home of the limits and patterns, called by
 * {@link CustomerDetailsChange} before it saves and by the form's validators while the customer types, so the
 * two can never disagree. Values are checked as saved: stripped of surrounding spaces.
 */
public final class CustomerDetailsRules {

    /** The fields of My details, with the name the outcome and the form use for each. */
    public enum Field {
        FULL_NAME("fullName", 200, true, null),
        EMAIL("email", EmailAddress.MAX_LENGTH, true, null),
        PHONE("phone", 25, false, Pattern.compile("\\+?[0-9 ()\\-]{5,25}")),
        STREET("street", 200, false, null),
        POSTAL_CODE("postalCode", 16, false, Pattern.compile("[\\p{L}\\p{N} \\-]{2,16}")),
        CITY("city", 100, false, null),
        COUNTRY("country", 100, false, null);

        private final String key;
        private final int maxLength;
        private final boolean required;
        private final Pattern format;

        Field(String key, int maxLength, boolean required, Pattern format) {
            this.key = key;
            this.maxLength = maxLength;
            this.required = required;
            this.format = format;
        }

        /** The field's name in {@link CustomerDetailsOutcome.Invalid#field()} and the form. */
        public String key() {
            return key;
        }

        /** The most characters (code points) the field takes. */
        public int maxLength() {
            return maxLength;
        }

        public boolean required() {
            return required;
        }
    }

    private CustomerDetailsRules() {
    }

    /**
     * Why {@code value} cannot be saved in {@code field}, or empty when it can. Control characters (NUL, line
     * breaks, ...) are refused in every field: no address needs one, and databases disagree on storing them.
     */
    public static Optional<Reason> problem(Field field, String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return field.required ? Optional.of(Reason.REQUIRED) : Optional.empty();
        }
        if (text.codePointCount(0, text.length()) > field.maxLength) {
            return Optional.of(Reason.TOO_LONG);
        }
        if (PlainText.hasControlCharacters(text, false)) {
            return Optional.of(Reason.CONTROL_CHARACTERS);
        }
        if (field == Field.EMAIL) {
            try {
                EmailAddress.of(text);
            } catch (InvalidInputException e) {
                return Optional.of(Reason.FORMAT);
            }
        }
        if (field.format != null && !field.format.matcher(text).matches()) {
            return Optional.of(Reason.FORMAT);
        }
        return Optional.empty();
    }

    /** The details as they are checked and saved: every text stripped of surrounding spaces, none null. */
    public static CustomerDetails cleaned(CustomerDetails d) {
        return new CustomerDetails(d.customerNumber(), strip(d.fullName()), d.email(), strip(d.phone()),
                strip(d.street()), strip(d.postalCode()), strip(d.city()), strip(d.country()));
    }

    /**
     * The first field (in form order) that cannot be saved, with its reason; empty when every field can. Used by
     * My details and by the back-office's New customer, so both accept the same details.
     */
    public static Optional<CustomerDetailsOutcome.Invalid> firstProblem(CustomerDetails d) {
        return firstProblem(d.fullName(), d.email() == null ? "" : d.email().value(), d.phone(), d.street(),
                d.postalCode(), d.city(), d.country());
    }

    /** {@link #firstProblem(CustomerDetails)} over the values as typed, in {@link Field} order (e-mail as text). */
    public static Optional<CustomerDetailsOutcome.Invalid> firstProblem(String... valuesInFieldOrder) {
        if (valuesInFieldOrder.length != Field.values().length) {
            throw new IllegalArgumentException("One value per field is required.");
        }
        for (Field field : Field.values()) {
            Optional<Reason> problem = problem(field, valuesInFieldOrder[field.ordinal()]);
            if (problem.isPresent()) {
                return Optional.of(new CustomerDetailsOutcome.Invalid(field.key(), problem.get()));
            }
        }
        return Optional.empty();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
