package io.partnerdesk.notification.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where e-mail goes: an SMTP server set by {@code partnerdesk.mail.host} (and port, sender,
 * optional account and STARTTLS). Without a host the portal sends no e-mail at all.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "partnerdesk.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "partnerdesk.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "partnerdesk.mail.from", defaultValue = "partnerdesk@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "partnerdesk.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "partnerdesk.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "partnerdesk.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "partnerdesk.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    public boolean isEnabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String host() {
        return host.orElse(null);
    }

    public int port() {
        return port;
    }

    public String from() {
        return from;
    }

    public Optional<String> username() {
        return username.filter(u -> !u.isBlank());
    }

    public Optional<String> password() {
        return password;
    }

    public boolean startTls() {
        return startTls;
    }

    /** The portal's address as people reach it, for links in e-mails; ends with a slash. */
    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }
}
