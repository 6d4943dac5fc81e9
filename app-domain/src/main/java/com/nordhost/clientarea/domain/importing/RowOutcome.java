package com.nordhost.clientarea.domain.importing;

import com.nordhost.clientarea.domain.account.AccountId;

/** What importing one row did. */
public sealed interface RowOutcome {

    long line();

    /** The customer was created; {@code invited}: without a hash, the invitation is queued. */
    record Imported(long line, AccountId account, String customerNumber, boolean invited) implements RowOutcome {
    }

    /** The customer exists with exactly these details (an earlier run): nothing changed. */
    record Unchanged(long line, AccountId account, String customerNumber) implements RowOutcome {
    }

    /** Nothing of the row was written. */
    record Refused(RowProblem problem) implements RowOutcome {
        @Override
        public long line() {
            return problem.line();
        }
    }
}
