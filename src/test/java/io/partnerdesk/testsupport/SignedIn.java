package io.partnerdesk.testsupport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Signs a demo account in for the rest of an in-container test, through the portal's own
 * authentication mechanism and the real directory, exactly as the login page does.
 */
@RequestScoped
public class SignedIn {

    private static final ThreadLocal<HttpServletResponse> RESPONSE = new ThreadLocal<>();

    @Inject
    SecurityContext securityContext;

    @Inject
    HttpServletRequest request;

    public AuthenticationStatus as(String username) {
        return as(username, Api.PASSWORD);
    }

    public AuthenticationStatus as(String username, String password) {
        signOut();
        return securityContext.authenticate(
                request,
                RESPONSE.get(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
    }

    public void signOut() {
        try {
            request.logout();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the test runner's response at hand, which signing in needs. */
    @WebFilter("/ArquillianServletRunnerEE9")
    public static class ResponseCapture implements Filter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            RESPONSE.set((HttpServletResponse) response);
            try {
                chain.doFilter(request, response);
            } finally {
                RESPONSE.remove();
                if (request instanceof HttpServletRequest http && http.getSession(false) != null) {
                    http.getSession(false).invalidate();
                }
            }
        }
    }
}
