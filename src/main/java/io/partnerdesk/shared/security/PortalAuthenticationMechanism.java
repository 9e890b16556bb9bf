package io.partnerdesk.shared.security;

import io.partnerdesk.shared.api.ApiErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One mechanism for both doors into PartnerDesk. The REST API ({@code /api/...}) is stateless and
 * signs in with HTTP Basic on each request; the web UI signs in once through the login page, which
 * hands the credentials over with {@code SecurityContext.authenticate}, and then keeps the caller
 * in the HTTP session. Either way the password is checked by the directory.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute naming the {@link SignInRefused.Reason} of a failed form sign-in. */
    public static final String REFUSAL_ATTRIBUTE = "partnerdesk.signin.refused";

    static final String ACCOUNT_ATTRIBUTE = SignedInAccount.class.getName();
    static final String LOGIN_PAGE = "/login.xhtml";
    private static final Logger LOG = Logger.getLogger(PortalAuthenticationMechanism.class.getName());

    @Inject
    SignInService signInService;

    @Inject
    CredentialCache credentialCache;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (!isApi(request)) {
            return validateWebRequest(request, context);
        }
        try {
            return validateApiRequest(request, response, context);
        } catch (RuntimeException unexpected) {
            LOG.log(Level.SEVERE, "Signing in an API request failed", unexpected);
            return ApiErrors.write(response, 500, "INTERNAL_ERROR", "Signing in failed on our side; try again.");
        }
    }

    private AuthenticationStatus validateApiRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<UsernamePasswordCredential> credential = basicCredential(request);
        if (credential.isEmpty()) {
            return context.isProtected() ? unauthorized(response, "Sign in with HTTP Basic.") : context.doNothing();
        }
        String username = credential.get().getCaller();
        String password = credential.get().getPasswordAsString();
        Optional<SignedInAccount> cached = credentialCache.find(username, password);
        SignedInAccount account;
        if (cached.isPresent()) {
            account = cached.get();
        } else {
            try {
                account = signInService.signIn(credential.get());
            } catch (SignInRefused refused) {
                if (refused.reason() == SignInRefused.Reason.DIRECTORY_UNAVAILABLE) {
                    return ApiErrors.write(
                            response,
                            503,
                            "DIRECTORY_UNAVAILABLE",
                            "The directory cannot be reached; try again shortly.");
                }
                return unauthorized(response, refused.getMessage());
            }
            credentialCache.remember(username, password, account);
        }
        request.setAttribute(ACCOUNT_ATTRIBUTE, account);
        return context.notifyContainerAboutLogin(account.username(), account.roles());
    }

    private AuthenticationStatus validateWebRequest(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential password) {
            try {
                SignedInAccount account = signInService.signIn(password);
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                }
                HttpSession session = request.getSession(true);
                session.setAttribute(ACCOUNT_ATTRIBUTE, account);
                return context.notifyContainerAboutLogin(account.username(), account.roles());
            } catch (SignInRefused refused) {
                request.setAttribute(REFUSAL_ATTRIBUTE, refused.reason());
                return AuthenticationStatus.SEND_FAILURE;
            }
        }
        Optional<SignedInAccount> remembered = sessionAccount(request);
        if (remembered.isPresent()) {
            // The account in the session, not the container's remembered principal, says who is
            // signed in: only session attributes travel to the other instances of a cluster, so a
            // request that lands on another instance is signed in with the same name and roles.
            return context.notifyContainerAboutLogin(
                    remembered.get().username(), remembered.get().roles());
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next=" + nextOf(request));
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    static Optional<SignedInAccount> sessionAccount(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null
                ? Optional.empty()
                : Optional.ofNullable((SignedInAccount) session.getAttribute(ACCOUNT_ATTRIBUTE));
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static Optional<UsernamePasswordCredential> basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(
                    new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String message) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"PartnerDesk\", charset=\"UTF-8\"");
        return ApiErrors.write(response, 401, "UNAUTHENTICATED", message);
    }

    private static String nextOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return URLEncoder.encode(query == null ? path : path + "?" + query, StandardCharsets.UTF_8);
    }
}
