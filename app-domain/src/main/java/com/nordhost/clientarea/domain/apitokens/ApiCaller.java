package com.nordhost.clientarea.domain.apitokens;

/**
 * Whoever presented a valid API token: only {@link ApiTokens#authenticate} hands one out. Changes it makes are
 * audited with {@link #actor()}, the token's name, never an agent's.
 */
public record ApiCaller(long tokenId, String tokenName) {

    /** How the audit trail names the caller: "API token" and the token's name. */
    public String actor() {
        return "API token " + tokenName;
    }
}
