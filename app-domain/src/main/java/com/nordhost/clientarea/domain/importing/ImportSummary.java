package com.nordhost.clientarea.domain.importing;

import java.util.List;

/**
 * The counts of one run and every problem with its line, in file order. {@code stoppedAtLine} is set when the run
 * stopped early because the database failed again and again (a re-run resumes: imported rows are unchanged).
 */
public record ImportSummary(long rows, long imported, long invited, long unchanged, List<RowProblem> problems,
                            long stoppedAtLine) {

    public ImportSummary {
        problems = List.copyOf(problems);
    }

    public long refused() {
        return problems.size();
    }

    /** Every row is in the product now (imported by this run or an earlier one). */
    public boolean allIn() {
        return problems.isEmpty() && stoppedAtLine == 0;
    }
}
