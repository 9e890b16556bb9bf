package io.partnerdesk.shared.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Invalid values become the API's JSON error. A mapper of its own, because the REST runtime's
 * built-in one for validation failures is nearer to this exception than {@link ApiExceptionMapper}.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException violations) {
        return new ApiExceptionMapper().toResponse(violations);
    }
}
