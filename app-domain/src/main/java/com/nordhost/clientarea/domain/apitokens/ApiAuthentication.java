package com.nordhost.clientarea.domain.apitokens;

import java.time.Instant;

/** The answer to a presented bearer token. */
public sealed interface ApiAuthentication {

    record Accepted(ApiCaller caller) implements ApiAuthentication {
    }

    /** No token, a wrong one or a revoked one: all alike to the caller. */
    record Refused() implements ApiAuthentication {
    }

    /** Too many wrong tokens from this address: not checked (nor counted) before {@code until}. */
    record Throttled(Instant until) implements ApiAuthentication {
    }
}
