package com.nordhost.clientarea.admin.scim;

import jakarta.ws.rs.core.Response;
import org.apache.directory.scim.protocol.ErrorMessageType;

/**
 * An answer with an RFC 7644 §3.12 error body: the status, the scimType where the RFC has one (null otherwise) and a
 * detail meant for the billing system's operator. Unchecked, so the repository can throw it past SCIMple's
 * {@code ResourceException}, which has no scimType but uniqueness.
 */
public class ScimProblem extends RuntimeException {

    private final Response.Status status;
    private final ErrorMessageType scimType;

    public ScimProblem(Response.Status status, ErrorMessageType scimType, String detail) {
        super(detail);
        this.status = status;
        this.scimType = scimType;
    }

    public Response.Status status() {
        return status;
    }

    public ErrorMessageType scimType() {
        return scimType;
    }

    static ScimProblem invalidValue(String detail) {
        return new ScimProblem(Response.Status.BAD_REQUEST, ErrorMessageType.INVALID_VALUE, detail);
    }
}
