package io.partnerdesk.shared.api;

import io.partnerdesk.shared.BusinessException;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the API becomes the JSON error of API.md with the right status. Unexpected
 * failures are logged with an id that the answer repeats, and never leak a stack trace.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable failure = unwrap(thrown);
        if (failure instanceof BusinessException business) {
            return ApiErrors.response(business.status(), business.code(), business.getMessage(), business.details());
        }
        if (failure instanceof ConstraintViolationException violations) {
            return validationFailed(violations);
        }
        if (isAccessDenied(failure)) {
            return ApiErrors.response(403, "FORBIDDEN", "Your role does not allow this action.");
        }
        if (isConcurrentChange(thrown)) {
            return ApiErrors.response(
                    409, "CONCURRENT_CHANGE", "Someone else changed this object meanwhile; reload it and try again.");
        }
        if (failure instanceof JsonbException || failure instanceof ProcessingException) {
            return ApiErrors.response(
                    400, "MALFORMED_REQUEST", "The request body is not valid JSON of the expected shape.");
        }
        if (failure instanceof NotFoundException) {
            return ApiErrors.response(404, "NOT_FOUND", "There is no such resource.");
        }
        if (failure instanceof NotAllowedException) {
            return ApiErrors.response(405, "METHOD_NOT_ALLOWED", "This resource does not answer that method.");
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status == 400 && web.getCause() != null) {
                return ApiErrors.response(
                        400, "MALFORMED_REQUEST", "The request body is not valid JSON of the expected shape.");
            }
            Response.Status known = Response.Status.fromStatusCode(status);
            String code = known == null ? "HTTP_" + status : known.name();
            return ApiErrors.response(
                    status, code, known == null ? "The request failed." : known.getReasonPhrase() + ".");
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected API failure " + incident, thrown);
        return ApiErrors.response(
                500, "INTERNAL_ERROR", "Something went wrong on our side; quote " + incident + " to support.");
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while (current instanceof EJBException && !isAccessDenied(current) && current.getCause() != null) {
            current = current.getCause();
        }
        if (current instanceof EJBException ejb && !isAccessDenied(current) && ejb.getCausedByException() != null) {
            current = ejb.getCausedByException();
        }
        return current;
    }

    /**
     * Someone else's change was committed since this transaction read the object: JPA's exception,
     * or EclipseLink's own when the conflict shows only as the transaction commits (then wrapped in
     * the container's and the transaction manager's exceptions).
     */
    public static boolean isConcurrentChange(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException
                    || t.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    /** The container refused the call because the caller lacks the role. */
    public static boolean isAccessDenied(Throwable failure) {
        return failure instanceof EJBAccessException || failure instanceof AccessLocalException;
    }

    private static Response validationFailed(ConstraintViolationException violations) {
        List<Object> details = violations.getConstraintViolations().stream()
                .map(ApiExceptionMapper::detail)
                .toList();
        return ApiErrors.response(400, "VALIDATION_FAILED", "Some values are not valid; see details.", details);
    }

    private static Object detail(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        return Map.of("field", field, "message", violation.getMessage());
    }
}
