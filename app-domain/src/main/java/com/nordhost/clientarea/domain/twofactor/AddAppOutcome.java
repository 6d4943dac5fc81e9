package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.totp.CodeProblem;
import com.nordhost.clientarea.domain.totp.PhoneClockOffset;
import java.util.Optional;

/** What confirming an added authenticator app with its first code came to. */
public sealed interface AddAppOutcome {

    record Added(AuthenticatorAppSummary app) implements AddAppOutcome {
    }

    record InvalidName(AuthenticatorAppName.Problem problem) implements AddAppOutcome {
    }

    /** Another app of the account already has this name: the list could not tell them apart. */
    record NameTaken() implements AddAppOutcome {
    }

    /** The account already has {@link AuthenticatorApps#MAX_APPS} apps. */
    record TooMany() implements AddAppOutcome {
    }

    /** Nothing being added (two-factor authentication off, or the pending app confirmed meanwhile elsewhere). */
    record NotPending() implements AddAppOutcome {
    }

    record Expired() implements AddAppOutcome {
    }

    record MalformedCode(CodeProblem problem) implements AddAppOutcome {
    }

    record WrongCode(Optional<PhoneClockOffset> clockOffset) implements AddAppOutcome {

        public WrongCode() {
            this(Optional.empty());
        }
    }
}
