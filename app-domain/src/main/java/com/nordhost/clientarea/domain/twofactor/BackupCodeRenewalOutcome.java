package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.backupcode.BackupCode;

public sealed interface BackupCodeRenewalOutcome {

    /** The old code no longer works; show this one, once. */
    record Renewed(BackupCode backupCode) implements BackupCodeRenewalOutcome {
    }

    record WrongPassword() implements BackupCodeRenewalOutcome {
    }

    record NotEnabled() implements BackupCodeRenewalOutcome {
    }
}
