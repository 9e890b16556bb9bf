package io.partnerdesk.shared.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * Times every page request ({@code partnerdesk.page.requests}, tagged with the page, e.g.
 * {@code /support/queue.xhtml}, and whether it was a GET or a postback). Only answers below 400 are
 * recorded, so a client that asks for pages that do not exist cannot make up tags.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class PageTimer extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String NAME = "partnerdesk.page.requests";

    @Inject
    PortalMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            String page = request.getServletPath();
            if (response.getStatus() < 400 && !page.startsWith("/jakarta.faces.resource/")) {
                metrics.time(
                        NAME,
                        "Page requests, by page and method",
                        Duration.ofNanos(System.nanoTime() - started),
                        "page",
                        page,
                        "method",
                        "POST".equals(request.getMethod()) ? "POST" : "GET");
            }
        }
    }
}
