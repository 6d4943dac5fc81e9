package com.nordhost.clientarea.admin.scim;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.apache.directory.scim.protocol.data.ErrorResponse;

/** {@link ScimProblem} as its SCIM error body (application/scim+json). */
@Provider
public class ScimProblemMapper implements ExceptionMapper<ScimProblem> {

    @Override
    public Response toResponse(ScimProblem problem) {
        ErrorResponse error = new ErrorResponse(problem.status(), problem.getMessage());
        if (problem.scimType() != null) {
            error.setScimType(problem.scimType());
        }
        return ErrorResponse.toResponse(error);
    }
}
