package io.partnerdesk.notification.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where e-mail goes: the server's mail session {@value #SERVER_SESSION} when the server has one
 * (server-config/ creates it in production), otherwise an SMTP server set by
 * {@code partnerdesk.mail.host} (and port, sender, optional account and STARTTLS). With neither the
 * portal sends no e-mail at all.
 */
@ApplicationScoped
public class MailSettings {

    /** The JNDI name of the mail session that server-config/post-boot-mail-commands.txt creates. */
    public static final String SERVER_SESSION = "mail/partnerdesk";

    private static final Logger LOG = Logger.getLogger(MailSettings.class.getName());

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

    private Session serverSession;

    @PostConstruct
    void findServerSession() {
        try {
            serverSession = (Session) new InitialContext().lookup(SERVER_SESSION);
            LOG.info(() -> "E-mail goes through the server's mail session " + SERVER_SESSION + " (" + host() + ")");
        } catch (NamingException | ClassCastException none) {
            // No server session: the partnerdesk.mail.* properties decide.
            serverSession = null;
        }
    }

    /** The server's mail session, already holding host, port, account and sender. */
    public Optional<Session> serverSession() {
        return Optional.ofNullable(serverSession);
    }

    public boolean isEnabled() {
        return serverSession != null || host.filter(h -> !h.isBlank()).isPresent();
    }

    /** The SMTP server mail goes to, for messages about it. */
    public String host() {
        if (serverSession == null) {
            return host.orElse(null);
        }
        String smtpHost = serverSession.getProperty("mail.smtp.host");
        return smtpHost != null ? smtpHost : serverSession.getProperty("mail.host");
    }

    public int port() {
        return port;
    }

    /** The sender: the server session's, when it names one. */
    public String from() {
        return serverSession()
                .map(session -> session.getProperty("mail.from"))
                .filter(sender -> !sender.isBlank())
                .orElse(from);
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
