package com.nordhost.clientarea.domain.importing;

import java.util.List;

/**
 * Why a row was not imported (nothing of it was written). {@code reason} names the rule; {@code details} fill the
 * message in (in the order each reason lists), never a password hash.
 */
public record RowProblem(long line, Reason reason, List<String> details) {

    public RowProblem {
        details = List.copyOf(details);
    }

    public RowProblem(long line, Reason reason, String... details) {
        this(line, reason, List.of(details));
    }

    public enum Reason {
        /** The CSV cannot be read from here on (an unclosed quote...): this and later rows are not imported. */
        MALFORMED_CSV,
        /** The row has another number of columns than the header (details: expected, found). */
        COLUMN_COUNT,
        /** A detail breaks the rules of My details (details: field key, CustomerDetailsOutcome.Reason). */
        INVALID_FIELD,
        /** The language is neither en nor sv (details: the value). */
        UNKNOWN_LANGUAGE,
        /** The customer number is not 1 to 32 letters, digits, dots, dashes or underscores. */
        CUSTOMER_NUMBER_FORMAT,
        /** The customer number is in the range the product assigns itself (C2000000 and up). */
        CUSTOMER_NUMBER_RESERVED,
        /** The password hash is of no format the product can check (or of an unaffordable cost). */
        UNKNOWN_HASH_FORMAT,
        /** An earlier row of the same file has this address (details: that row's line). */
        DUPLICATE_ADDRESS_IN_FILE,
        /** An earlier row of the same file has this customer number (details: that row's line). */
        DUPLICATE_NUMBER_IN_FILE,
        /** A customer with this address exists with other details: not overwritten (details: the fields). */
        CONFLICT,
        /** Another customer has this customer number (details: the number). */
        CUSTOMER_NUMBER_TAKEN,
        /** The importing agent is no active admin any more. */
        NOT_ALLOWED,
        /** The database refused the row (it was rolled back); a re-run tries it again. */
        NOT_STORED
    }
}
