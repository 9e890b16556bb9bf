package io.partnerdesk.shared.security;

import io.partnerdesk.shared.api.ApiErrors;
import io.partnerdesk.shared.events.ReaderChoice;
import io.partnerdesk.shared.persistence.DatabaseOutage;
import io.partnerdesk.shared.web.LocaleSelector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
import java.time.Duration;
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

    /** Request attribute with the seconds to wait after {@link SignInRefused.Reason#TOO_MANY_ATTEMPTS}. */
    public static final String RETRY_AFTER_ATTRIBUTE = "partnerdesk.signin.retry-after";

    static final String ACCOUNT_ATTRIBUTE = SignedInAccount.class.getName();
    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String WRONG_CREDENTIALS = "Wrong user name or password.";
    private static final Logger LOG = Logger.getLogger(PortalAuthenticationMechanism.class.getName());

    @Inject
    SignInService signInService;

    @Inject
    Event<ReaderChoice> readerChoices;

    @Inject
    CredentialCache credentialCache;

    @Inject
    SignInThrottle throttle;

    @Inject
    SignInFailures failures;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (!isApi(request)) {
            return validateWebRequest(request, context);
        }
        try {
            return validateApiRequest(request, response, context);
        } catch (RuntimeException unexpected) {
            if (DatabaseOutage.isCause(unexpected)) {
                LOG.warning("Signing in an API request failed: the database cannot be reached");
                response.setHeader("Retry-After", "10");
                return ApiErrors.write(
                        response, 503, "DATABASE_UNAVAILABLE", "The database cannot be reached; try again shortly.");
            }
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
        // Spaces around a name are not part of it (the directory ignores them too), so " alice"
        // and "alice" share one remembered sign-in; the account remembered is the directory's.
        String username = credential.get().getCaller().strip();
        String password = credential.get().getPasswordAsString();
        Optional<SignedInAccount> cached = credentialCache.find(username, password);
        SignedInAccount account;
        if (cached.isPresent()) {
            account = cached.get();
        } else {
            try {
                account = signIn(credential.get(), request);
            } catch (SignInRefused refused) {
                if (refused.reason() == SignInRefused.Reason.DIRECTORY_UNAVAILABLE) {
                    return ApiErrors.write(
                            response,
                            503,
                            "DIRECTORY_UNAVAILABLE",
                            "The directory cannot be reached; try again shortly.");
                }
                if (refused.reason() == SignInRefused.Reason.TOO_MANY_ATTEMPTS) {
                    response.setHeader("Retry-After", String.valueOf(refused.retryAfterSeconds()));
                    return ApiErrors.write(
                            response,
                            429,
                            "TOO_MANY_SIGN_IN_ATTEMPTS",
                            "Too many failed sign-ins; try again in " + refused.retryAfterSeconds() + " seconds.");
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
                SignedInAccount account = signIn(password, request);
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                }
                HttpSession session = request.getSession(true);
                session.setAttribute(ACCOUNT_ATTRIBUTE, account);
                LocaleSelector.tell(readerChoices, account.username(), LocaleSelector.chosen(request), request);
                return context.notifyContainerAboutLogin(account.username(), account.roles());
            } catch (SignInRefused refused) {
                request.setAttribute(REFUSAL_ATTRIBUTE, refused.reason());
                request.setAttribute(RETRY_AFTER_ATTRIBUTE, refused.retryAfterSeconds());
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

    /**
     * One sign-in attempt through either door: refused at once while the address is held back for
     * failing too often, refused as a wrong password without asking the directory when the password
     * is empty, and every failure counted and recorded in the operator's audit log. A wrong name and
     * a wrong password take the same path and answer with the same message.
     */
    private SignedInAccount signIn(UsernamePasswordCredential credential, HttpServletRequest request) {
        String name = credential.getCaller() == null ? "" : credential.getCaller();
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.waitBeforeTrying(name, address);
        if (wait.isPresent()) {
            failures.record(name, SignInFailures.Why.THROTTLED, address);
            throw new SignInRefused(SignInRefused.Reason.TOO_MANY_ATTEMPTS, "Too many failed sign-ins.", wait.get());
        }
        try {
            String password = credential.getPasswordAsString();
            // An empty password is a wrong one; a directory could take it for an anonymous bind.
            if (name.isBlank() || password == null || password.isEmpty()) {
                throw new SignInRefused(SignInRefused.Reason.INVALID_CREDENTIALS, WRONG_CREDENTIALS);
            }
            SignedInAccount account = signInService.signIn(credential);
            throttle.succeeded(name, address);
            return account;
        } catch (SignInRefused refused) {
            if (refused.reason() == SignInRefused.Reason.INVALID_CREDENTIALS) {
                Duration delay = throttle.failed(name, address);
                failures.record(name, SignInFailures.Why.WRONG_NAME_OR_PASSWORD, address);
                holdBack(delay);
            }
            throw refused;
        }
    }

    private static void holdBack(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    static Optional<SignedInAccount> sessionAccount(HttpServletRequest request) {
        return sessionAccount(request.getSession(false));
    }

    /** The account signed in on this session, if any (a WebSocket reads it from its handshake's session). */
    public static Optional<SignedInAccount> sessionAccount(HttpSession session) {
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
