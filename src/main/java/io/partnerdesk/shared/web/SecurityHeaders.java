package io.partnerdesk.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The headers every answer of the portal carries, whoever writes it: pages, API answers, static
 * files, error pages, and the answers the sign-in mechanism writes before any filter runs.
 *
 * <p>Pages get the same policy from PrimeFaces' CSP mode with a fresh nonce appended to
 * {@code script-src} (its {@code primefaces.CSP_POLICY} context parameter is {@link #POLICY}); every
 * other answer gets {@link #POLICY} as it is, which lets no inline script run at all.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

    /**
     * Scripts only from the portal itself (plus, on pages, PrimeFaces' per-request nonce); never
     * inline handlers or eval. Styles keep inline: PrimeFaces positions overlays with style
     * attributes. Images may be {@code blob:} ones, which only the page's own scripts make: the
     * upload's preview of a chosen picture. {@code script-src} stays last so that PrimeFaces can append its nonce to it.
     */
    public static final String POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " style-src 'self' 'unsafe-inline'; connect-src 'self'; script-src 'self'";

    static final String HSTS = "max-age=31536000; includeSubDomains";

    private final boolean https;

    SecurityHeaders(boolean https) {
        this.https = https;
    }

    /** Decides once from {@code partnerdesk.public-url}: HSTS only when people reach the portal over https. */
    public static SecurityHeaders fromConfiguration() {
        return forPublicUrl(ConfigProvider.getConfig().getOptionalValue("partnerdesk.public-url", String.class));
    }

    static SecurityHeaders forPublicUrl(Optional<String> publicUrl) {
        return new SecurityHeaders(isHttps(publicUrl));
    }

    static boolean isHttps(Optional<String> publicUrl) {
        return publicUrl
                .map(url -> url.trim().toLowerCase(Locale.ROOT).startsWith("https:"))
                .orElse(false);
    }

    public boolean https() {
        return https;
    }

    public void applyTo(HttpServletRequest request, HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        response.setHeader(CONTENT_SECURITY_POLICY, POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (https) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (!isStaticResource(request)) {
            // Pages and API answers show one person's data: no browser or proxy may keep a copy.
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
    }

    /** Stylesheets, scripts and images that are the same for everybody may be cached. */
    static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
