package com.nordhost.clientarea.domain.login;


import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.backupcode.BackupCode;
import com.nordhost.clientarea.domain.totp.CodeProblem;
import java.time.Instant;

/** What the code step of a login ends in. */
public sealed interface SecondFactorOutcome {

    record Passed(Account account) implements SecondFactorOutcome {
    }

    /** The backup code was used up; show the new one, once. */
    record PassedWithBackupCode(Account account, BackupCode newBackupCode) implements SecondFactorOutcome {
    }

    /** Also for a code already used (replay) and when no second factor is active. */
    record WrongCode() implements SecondFactorOutcome {
    }

    /** Counted as a failed attempt, like a wrong code. */
    record MalformedCode(CodeProblem problem) implements SecondFactorOutcome {
    }

    /** Too many failures: the attempt was not checked. */
    record TryLater(Instant until) implements SecondFactorOutcome {
    }

    /** 100 failures: only a support agent can unlock. */
    record Locked() implements SecondFactorOutcome {
    }
}
