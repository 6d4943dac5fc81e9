package com.nordhost.clientarea.domain.importing;

import java.util.List;

/** The file as a whole cannot be imported (its header); no row was read. {@code problem} names why. */
public final class ImportFileException extends Exception {

    public enum Problem {
        /** The file is empty. */
        EMPTY,
        /** A header names a column the import does not know (details: the name, the known names). */
        UNKNOWN_COLUMN,
        /** A column is named twice (details: the name). */
        DUPLICATE_COLUMN,
        /** A required column is missing (details: the name). */
        MISSING_COLUMN,
        /** Not readable as CSV text (details: what the parser said). */
        UNREADABLE
    }

    private final Problem problem;
    private final List<String> details;

    public ImportFileException(Problem problem, String... details) {
        super(problem + " " + String.join(", ", details));
        this.problem = problem;
        this.details = List.of(details);
    }

    public Problem problem() {
        return problem;
    }

    public List<String> details() {
        return details;
    }
}
