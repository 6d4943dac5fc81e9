package com.nordhost.clientarea.domain.login;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.backupcode.BackupCode;
import com.nordhost.clientarea.domain.totp.CodeProblem;
import com.nordhost.clientarea.domain.totp.PhoneClockOffset;
import java.time.Instant;
import java.util.Optional;

/** What the code step of a login ends in. */
public sealed interface SecondFactorOutcome {

    /** @param rememberedToken the cookie value of a browser just remembered (decision 0020); null: none asked */
    record Passed(Account account, String rememberedToken) implements SecondFactorOutcome {

        public Passed(Account account) {
            this(account, null);
        }

        @Override
        public String toString() {
            return "Passed[account=" + account + "]";
        }
    }

    /** The backup code was used up; show the new one, once. */
    record PassedWithBackupCode(Account account, BackupCode newBackupCode, String rememberedToken)
            implements SecondFactorOutcome {

        public PassedWithBackupCode(Account account, BackupCode newBackupCode) {
            this(account, newBackupCode, null);
        }

        @Override
        public String toString() {
            return "PassedWithBackupCode[account=" + account + "]";
        }
    }

    /** Also for a code already used (replay) and when no second factor is active. */
    /** @param clockOffset set when the code would have been right with the phone's clock a few minutes off */
    record WrongCode(Optional<PhoneClockOffset> clockOffset) implements SecondFactorOutcome {

        public WrongCode() {
            this(Optional.empty());
        }
    }

    /** Counted as a failed attempt, like a wrong code. */
    record MalformedCode(CodeProblem problem) implements SecondFactorOutcome {
    }

    /** Too many failures: the attempt was not checked. */
    record TryLater(Instant until) implements SecondFactorOutcome {
    }

    /**
     * The account changed between the password and this step (its session epoch moved: a password change or
     * reset, 2FA off or removed, a deactivation): nothing was checked; the login starts again with the password.
     */
    record StartAgain() implements SecondFactorOutcome {
    }

    /**
     * A passkey's answer refused for a reason its holder can act on (decision 0045); counted like a wrong code when
     * the key's signature checked, not counted when nothing proves the answer came from the key.
     */
    record PasskeyRefused(PasskeyRefusal reason) implements SecondFactorOutcome {
    }

    /** Why a passkey did not sign in alone. */
    enum PasskeyRefusal {
        /** The key was added to be used after the password only. */
        AFTER_PASSWORD_ONLY,
        /** The key did not verify its user (no PIN, fingerprint or face) this time. */
        USER_NOT_VERIFIED,
        /** Its signature counter did not go up: a copy of the key. */
        CLONED,
        /** Anything else: a malformed or forged answer, another origin, a wrong signature. */
        NOT_ACCEPTED
    }

    /** 100 failures: only a support agent can unlock. */
    record Locked() implements SecondFactorOutcome {
    }
}
