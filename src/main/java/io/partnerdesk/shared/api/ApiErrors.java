package io.partnerdesk.shared.api;

import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Builds the API's JSON error, for JAX-RS responses and for raw servlet responses alike. */
public final class ApiErrors {

    private ApiErrors() {}

    public static Response response(int status, String code, String message) {
        return response(status, code, message, List.of());
    }

    public static Response response(int status, String code, String message, List<Object> details) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(code, message, details))
                .build();
    }

    /** Writes the error outside JAX-RS (in the authentication mechanism); never a container error page. */
    public static AuthenticationStatus write(HttpServletResponse response, int status, String code, String message) {
        try {
            response.setStatus(status);
            response.setContentType("application/json;charset=UTF-8");
            Json.createWriter(response.getWriter())
                    .writeObject(Json.createObjectBuilder()
                            .add("code", code)
                            .add("message", message)
                            .add("details", Json.createArrayBuilder())
                            .build());
            response.flushBuffer();
            return AuthenticationStatus.SEND_FAILURE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
