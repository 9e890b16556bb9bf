package io.partnerdesk.shared.api;

import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.ViolationMessages;
import io.partnerdesk.shared.persistence.DatabaseOutage;
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
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the API becomes the API's JSON error with the right status. Unexpected
 * failures are logged with an id that the answer repeats, and never leak a stack trace.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    @jakarta.inject.Inject
    io.partnerdesk.shared.security.CurrentUser currentUser;

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        BodyRefused refused = find(thrown, BodyRefused.class);
        if (refused != null) {
            return bodyRefused(refused);
        }
        Throwable failure = unwrap(thrown);
        if (failure instanceof BusinessException business) {
            return business(business);
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
        String parameter = wronglyTypedParameter(failure);
        if (parameter != null) {
            return business(new BusinessException(
                    400, "INVALID_QUERY_PARAMETER", List.of(Map.of("parameter", parameter)), parameter));
        }
        SQLException refusedByDatabase = find(thrown, SQLException.class);
        if (refusedByDatabase != null && isClientData(refusedByDatabase)) {
            // A value the checks let through that the table cannot hold (too long, out of range,
            // missing): the client's to correct, so never a 500.
            boolean duplicate = "23505".equals(refusedByDatabase.getSQLState());
            return business(new BusinessException(
                    duplicate ? 409 : 400, duplicate ? "DUPLICATE_VALUE" : "VALUE_NOT_STORABLE", List.of()));
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
        if (DatabaseOutage.isCause(thrown)) {
            return databaseUnavailable();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected API failure " + incident + " (" + caller() + ")", thrown);
        return ApiErrors.response(
                500, "INTERNAL_ERROR", "Something went wrong on our side; quote " + incident + " to support.");
    }

    /**
     * The database cannot be reached: 503 with a hint to retry, logged as one line (the pool and the
     * health check log the cause; a stack trace per request would bury it).
     */
    public static Response databaseUnavailable() {
        LOG.warning("An API request failed: the database cannot be reached (503 DATABASE_UNAVAILABLE)");
        return Response.fromResponse(ApiErrors.response(
                        503,
                        "DATABASE_UNAVAILABLE",
                        "The database cannot be reached just now; nothing was changed. Try again in a moment."))
                .header("Retry-After", "10")
                .build();
    }

    /** Who met the failure, for the incident's log line: the user and their organisation. */
    private String caller() {
        return currentUser == null ? "caller unknown" : currentUser.describeForLog();
    }

    /** A body over its limit (413) or nested too deep (400), however the reader wrapped it. */
    static Response bodyRefused(BodyRefused refused) {
        return business(new BusinessException(refused.status(), refused.code(), refused.limit()));
    }

    private static Response business(BusinessException business) {
        return ApiErrors.response(business.status(), business.code(), business.getMessage(), business.details());
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        int hops = 0;
        for (Throwable t = thrown; t != null && hops < 32; t = next(t), hops++) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The cause, including the driver's exception that EclipseLink keeps as its "internal" one. */
    private static Throwable next(Throwable t) {
        if (t instanceof SQLException sql && sql.getNextException() != null) {
            return sql.getNextException();
        }
        Throwable cause = t.getCause();
        if (cause == null && t.getClass().getName().startsWith("org.eclipse.persistence.")) {
            try {
                Object internal = t.getClass().getMethod("getInternalException").invoke(t);
                cause = internal instanceof Throwable inner ? inner : null;
            } catch (ReflectiveOperationException e) {
                cause = null;
            }
        }
        return cause == t ? null : cause;
    }

    /**
     * The name of a query, header, cookie or form parameter whose value could not be converted to
     * its type (a number, an enum, a UUID): a 400 naming it. The REST runtime reports a query
     * parameter as 404, as if the resource did not exist; a path parameter stays a 404, since a
     * malformed id names no resource. Looked up by name: the runtime's class is not API.
     */
    static String wronglyTypedParameter(Throwable failure) {
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals("org.glassfish.jersey.server.ParamException")) {
                String kind = failure.getClass().getSimpleName();
                if (kind.equals("PathParamException") || kind.equals("MatrixParamException")) {
                    return null;
                }
                try {
                    Object name = type.getMethod("getParameterName").invoke(failure);
                    return name == null ? "?" : name.toString();
                } catch (ReflectiveOperationException e) {
                    return "?";
                }
            }
        }
        return null;
    }

    /** SQL states of class 22 (data exception) and 23 (integrity constraint) come from the values sent. */
    private static boolean isClientData(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("22") || state.startsWith("23"));
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

    /** One refused value: its field and the constraint's message, in English whatever the server's locale. */
    private static Object detail(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        return Map.of("field", field, "message", ViolationMessages.message(violation, Locale.ENGLISH));
    }
}
