package io.partnerdesk.shared.security.ui;

import io.partnerdesk.shared.security.PortalAuthenticationMechanism;
import io.partnerdesk.shared.security.SignInRefused;
import io.partnerdesk.shared.web.LanguageServlet;
import io.partnerdesk.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;

/** The login page ({@code /login.xhtml}). */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext facesContext;

    @NotBlank
    @Size(max = 100)
    private String username;

    // No @NotBlank: an empty password is refused as a wrong one, with the same message.
    @Size(max = 200)
    private String password;

    private String next;

    public void signIn() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(
                                username.trim(), new Password(password == null ? "" : password))));
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + LanguageServlet.safeNext(next));
            case SEND_CONTINUE -> facesContext.responseComplete();
            default -> refused(request);
        }
    }

    private void refused(HttpServletRequest request) {
        Object reason = request.getAttribute(PortalAuthenticationMechanism.REFUSAL_ATTRIBUTE);
        SignInRefused.Reason why =
                reason instanceof SignInRefused.Reason r ? r : SignInRefused.Reason.INVALID_CREDENTIALS;
        password = null;
        if (why == SignInRefused.Reason.TOO_MANY_ATTEMPTS) {
            Messages.error(
                    null,
                    "login.refused." + why.name(),
                    request.getAttribute(PortalAuthenticationMechanism.RETRY_AFTER_ATTRIBUTE));
        } else {
            Messages.error(null, "login.refused." + why.name());
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
