package com.nordhost.clientarea.domain.importing;

import com.nordhost.clientarea.domain.account.AccountId;

/**
 * Who imports: an admin in the back-office ({@link #admin}), or the operator's {@code bin/import-customers}, which
 * proves itself by a file only the server's owner can read and is named "import tool" in the audit trail.
 */
public record ImportActor(AccountId admin) {

    public static final ImportActor IMPORT_TOOL = new ImportActor(null);
    public static final String IMPORT_TOOL_NAME = "import tool";

    public static ImportActor admin(AccountId admin) {
        return new ImportActor(java.util.Objects.requireNonNull(admin, "The admin is required."));
    }

    public boolean isTool() {
        return admin == null;
    }
}
