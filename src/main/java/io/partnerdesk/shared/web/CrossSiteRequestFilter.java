package io.partnerdesk.shared.web;

import io.partnerdesk.shared.SystemText;
import io.partnerdesk.shared.api.ApiErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses a change that another web site makes a browser send. The sign-in form has no session
 * and so no view state to protect it, and a browser that once answered an HTTP Basic challenge
 * sends those credentials with any site's form post to the API: both would let a foreign page act
 * as the person. A browser says where a request comes from ({@code Sec-Fetch-Site}, {@code Origin});
 * a change whose origin is neither the portal's public address nor the address the request was
 * sent to is refused with 403. Scripts and API clients send neither header and are not affected.
 */
public class CrossSiteRequestFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(CrossSiteRequestFilter.class.getName());
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** What the API answers, in English as all its answers; a page says it in its reader's language. */
    static final String API_MESSAGE =
            "This change was sent from another web site; open PartnerDesk itself and try again.";

    private transient Optional<String> publicOrigin;

    @Override
    public void init() {
        publicOrigin = ConfigProvider.getConfig()
                .getOptionalValue("partnerdesk.public-url", String.class)
                .flatMap(CrossSiteRequestFilter::originOf);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isCrossSite(
                request.getMethod(),
                request.getHeader("Sec-Fetch-Site"),
                request.getHeader("Origin"),
                ownOrigin(request),
                publicOrigin)) {
            LOG.warning(() -> "Refused a cross-site " + request.getMethod() + " to " + request.getRequestURI()
                    + " from origin " + request.getHeader("Origin") + " (" + request.getRemoteAddr() + ")");
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether a request changes something on behalf of another site. */
    static boolean isCrossSite(
            String method, String fetchSite, String origin, String ownOrigin, Optional<String> publicOrigin) {
        if (SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return false;
        }
        if (fetchSite != null && fetchSite.trim().equalsIgnoreCase("cross-site")) {
            return true;
        }
        if (origin == null || origin.isBlank()) {
            return false;
        }
        Optional<String> from = originOf(origin.trim());
        if (from.isEmpty()) {
            // "null" (a sandboxed frame, a data: page) or something unreadable: nobody we know.
            return true;
        }
        return !(from.get().equals(ownOrigin)
                || publicOrigin.map(from.get()::equals).orElse(false));
    }

    static Optional<String> originOf(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port);
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static String ownOrigin(HttpServletRequest request) {
        return request.getScheme().toLowerCase(Locale.ROOT) + "://"
                + request.getServerName().toLowerCase(Locale.ROOT) + ":" + request.getServerPort();
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/api") || path.startsWith("/api/")) {
            ApiErrors.write(response, 403, "CROSS_SITE_REQUEST", API_MESSAGE);
        } else {
            // Answered here, not through the error page: that page would be rendered for a post
            // that carries none of the page state a post needs.
            Locale locale = LocaleSelector.chosen(request);
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.setHeader("Content-Language", locale.toLanguageTag());
            response.getWriter().write(pageMessage(locale));
        }
    }

    /** What a page's reader is told, in their language ({@code crossSite.refused} of the messages bundle). */
    static String pageMessage(Locale locale) {
        return SystemText.message("crossSite.refused", locale, ZoneOffset.UTC);
    }
}
