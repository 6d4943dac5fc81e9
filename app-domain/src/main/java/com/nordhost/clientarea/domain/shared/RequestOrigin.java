package com.nordhost.clientarea.domain.shared;

/**
 * Where a request came from, for the audit trail. Both parts may be unknown (null), e.g. in tests or batch jobs.
 */
public record RequestOrigin(String sourceIp, String userAgent) {

    public static RequestOrigin unknown() {
        return new RequestOrigin(null, null);
    }
}
