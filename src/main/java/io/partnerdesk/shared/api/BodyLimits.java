package io.partnerdesk.shared.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Limits every request body before anything reads it: a {@code Content-Length} over the limit is
 * answered 413 at once, and the body itself is counted while it is read (a chunked body has no
 * length to trust) and, when it is JSON, its nesting depth too. 1 MB in general, 5 MB for the
 * service health feed (a vendor's whole feed), and for an attachment the largest file allowed
 * ({@code partnerdesk.attachments.max-file-size}, 10 MB unless set) with room for the form around it.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimits implements ContainerRequestFilter {

    public static final long DEFAULT_MAX_BYTES = 1024L * 1024;
    public static final long FEED_MAX_BYTES = 5L * 1024 * 1024;
    public static final long ATTACHMENT_MAX_BYTES = 10L * 1024 * 1024;
    /** The multipart form around an attachment: its boundaries, part headers and a note number. */
    static final long FORM_OVERHEAD_BYTES = 64L * 1024;

    private final long attachmentLimit = ConfigProvider.getConfig()
                    .getOptionalValue("partnerdesk.attachments.max-file-size", Long.class)
                    .orElse(ATTACHMENT_MAX_BYTES)
            + FORM_OVERHEAD_BYTES;
    /** Far deeper than any document of the API, far shallower than a parser's stack allows. */
    public static final int MAX_DEPTH = 64;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = limitFor(request.getUriInfo().getPath(), attachmentLimit);
        if (declaredLength(request.getHeaderString(HttpHeaders.CONTENT_LENGTH)) > limit) {
            // The body is never read: the connection closes after the answer rather than carry it.
            request.abortWith(Response.fromResponse(ApiExceptionMapper.bodyRefused(BodyRefused.tooLarge(limit)))
                    .header("Connection", "close")
                    .build());
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(
                    new GuardedBody(request.getEntityStream(), limit, MAX_DEPTH, isJson(request.getMediaType())));
        }
    }

    /** The length the client announced; -1 when it announced none (a malformed one is the server's to refuse). */
    static long declaredLength(String header) {
        if (header == null || header.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static long limitFor(String path, long attachmentLimit) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.equals("servicehealth/feed") || p.equals("servicehealth/feed/")) {
            return FEED_MAX_BYTES;
        }
        if (p.endsWith("/attachments") || p.endsWith("/attachments/")) {
            return attachmentLimit;
        }
        return DEFAULT_MAX_BYTES;
    }

    /** JSON, or no type at all (then whatever reads it may take it for JSON). */
    private static boolean isJson(MediaType type) {
        return type == null
                || type.getSubtype().equalsIgnoreCase("json")
                || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json");
    }
}
