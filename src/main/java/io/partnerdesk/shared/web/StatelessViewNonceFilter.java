package io.partnerdesk.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Gives a post to a stateless page (the login form) a script nonce when it brings none. PrimeFaces
 * takes the nonce of a post from the page's view, and a stateless view keeps none, so it insists on
 * the one the browser's script sends; a form posted without it (a script, a browser with scripts off)
 * would fail with a server error instead of being answered. The new nonce only serves the page that
 * answers: it proves nothing and guards nothing a stateless page has.
 */
public class StatelessViewNonceFilter extends HttpFilter {

    static final String NONCE_PARAMETER = "primefaces.nonce";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equalsIgnoreCase(request.getMethod()) && isBlank(request.getParameter(NONCE_PARAMETER))) {
            chain.doFilter(new WithNonce(request, newNonce()), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** A nonce in the form PrimeFaces makes and checks its own. */
    static String newNonce() {
        return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static final class WithNonce extends HttpServletRequestWrapper {

        private final String nonce;

        WithNonce(HttpServletRequest request, String nonce) {
            super(request);
            this.nonce = nonce;
        }

        @Override
        public String getParameter(String name) {
            return NONCE_PARAMETER.equals(name) ? nonce : super.getParameter(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new HashMap<>(super.getParameterMap());
            parameters.put(NONCE_PARAMETER, new String[] {nonce});
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return NONCE_PARAMETER.equals(name) ? new String[] {nonce} : super.getParameterValues(name);
        }
    }
}
