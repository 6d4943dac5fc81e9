package com.nordhost.clientarea.domain.shared;

/**
 * Where a request came from, for the audit trail. Both parts may be unknown (null), e.g. in tests or batch jobs.
 * The address is kept in its compact form, so the audit trail, the lists and the mails all show {@code ::1}
 * rather than {@code 0:0:0:0:0:0:0:1}.
 */
public record RequestOrigin(String sourceIp, String userAgent) {

    public RequestOrigin {
        sourceIp = IpAddressText.compact(sourceIp);
    }

    public static RequestOrigin unknown() {
        return new RequestOrigin(null, null);
    }
}
