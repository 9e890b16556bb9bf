package io.partnerdesk.shared.api;

import io.partnerdesk.shared.metrics.PortalMetrics;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.time.Duration;

/**
 * Times every API request that reached an endpoint ({@code partnerdesk.api.requests}), tagged with
 * the endpoint as its template reads ({@code GET /api/v1/supportrequests/{id}}) and the answer's
 * status class ({@code 2xx}, {@code 4xx}, {@code 5xx}): a bounded set of tags, whatever a client sends.
 */
@Provider
public class EndpointTimer implements ContainerRequestFilter, ContainerResponseFilter {

    static final String NAME = "partnerdesk.api.requests";
    private static final String STARTED = EndpointTimer.class.getName() + ".started";

    @Context
    ResourceInfo resource;

    @Inject
    PortalMetrics metrics;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        Method method = resource == null ? null : resource.getResourceMethod();
        if (!(started instanceof Long since) || method == null) {
            return;
        }
        metrics.time(
                NAME,
                "API requests, by endpoint and status class",
                Duration.ofNanos(System.nanoTime() - since),
                "endpoint",
                request.getMethod() + " " + template(resource.getResourceClass(), method),
                "status",
                response.getStatus() / 100 + "xx");
    }

    static String template(Class<?> type, Method method) {
        Path onClass = type.getAnnotation(Path.class);
        Path onMethod = method.getAnnotation(Path.class);
        String path = "/api/v1/" + strip(onClass == null ? "" : onClass.value());
        if (onMethod != null && !strip(onMethod.value()).isEmpty()) {
            path = path + (path.endsWith("/") ? "" : "/") + strip(onMethod.value());
        }
        return path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    }

    private static String strip(String path) {
        String stripped = path.startsWith("/") ? path.substring(1) : path;
        return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
