package io.partnerdesk.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Puts {@link SecurityHeaders} on every answer that goes through the servlet chain, error pages
 * included (mapped first in web.xml, for requests, forwards and error dispatches).
 */
public class SecurityHeadersFilter extends HttpFilter {

    private transient SecurityHeaders headers;

    @Override
    public void init() {
        headers = SecurityHeaders.fromConfiguration();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        headers.applyTo(request, response);
        chain.doFilter(request, new OnePolicy(response));
    }

    /**
     * PrimeFaces adds its own policy header (ours plus the page's nonce); two policies would both
     * apply and ours, without the nonce, would block the page's scripts. The page's one replaces ours.
     */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (SecurityHeaders.CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
