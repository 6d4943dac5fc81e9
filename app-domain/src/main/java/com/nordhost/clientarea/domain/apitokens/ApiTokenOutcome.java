package com.nordhost.clientarea.domain.apitokens;

/** What creating or revoking a token came to. */
public sealed interface ApiTokenOutcome {

    /** Created; {@code secret} is shown once and never again (only its hash is stored). */
    record Created(ApiToken token, String secret) implements ApiTokenOutcome {
    }

    record Revoked(ApiToken token) implements ApiTokenOutcome {
    }

    /** The caller is no active ADMIN. */
    record NotAllowed() implements ApiTokenOutcome {
    }

    /** The name is empty, longer than {@link ApiTokens#MAX_NAME_LENGTH} or has control characters. */
    record InvalidName() implements ApiTokenOutcome {
    }

    record NameTaken() implements ApiTokenOutcome {
    }

    /** No such token, or it was revoked already. */
    record UnknownToken() implements ApiTokenOutcome {
    }
}
