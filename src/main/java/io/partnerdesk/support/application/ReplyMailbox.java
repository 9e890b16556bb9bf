package io.partnerdesk.support.application;

import io.partnerdesk.support.domain.SupportRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mailbox replies to notification e-mails go to ({@code partnerdesk.mail.imap.*}; off while no
 * host or address is set). A request's reply address is the mailbox's with the request's token after
 * a plus: {@code support+<token>@partner.example}, which mail servers deliver to {@code support}.
 */
@ApplicationScoped
public class ReplyMailbox {

    @Inject
    @ConfigProperty(name = "partnerdesk.mail.imap.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "partnerdesk.mail.imap.port", defaultValue = "993")
    int port;

    @Inject
    @ConfigProperty(name = "partnerdesk.mail.imap.ssl", defaultValue = "true")
    boolean ssl;

    @Inject
    @ConfigProperty(name = "partnerdesk.mail.imap.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "partnerdesk.mail.imap.password")
    Optional<String> password;

    /** The mailbox's own address, e.g. {@code support@partner.example}. */
    @Inject
    @ConfigProperty(name = "partnerdesk.mail.imap.address")
    Optional<String> address;

    public boolean isEnabled() {
        return host.filter(h -> !h.isBlank()).isPresent()
                && address.filter(a -> a.indexOf('@') > 0).isPresent();
    }

    /** The request's reply address; empty while replies are off. */
    public Optional<String> replyAddress(SupportRequest request) {
        if (!isEnabled()) {
            return Optional.empty();
        }
        String mailbox = address.get().strip();
        int at = mailbox.indexOf('@');
        return Optional.of(mailbox.substring(0, at) + "+" + request.replyToken() + mailbox.substring(at));
    }

    /** The token in a recipient address that is this mailbox's, if any. */
    public Optional<String> tokenIn(String recipient) {
        if (!isEnabled() || recipient == null) {
            return Optional.empty();
        }
        String mailbox = address.get().strip().toLowerCase(Locale.ROOT);
        int at = mailbox.indexOf('@');
        Matcher m = Pattern.compile(Pattern.quote(mailbox.substring(0, at)) + "\\+([a-z2-7]{26})"
                        + Pattern.quote(mailbox.substring(at)))
                .matcher(recipient.strip().toLowerCase(Locale.ROOT));
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Connects to the mailbox (10 s to connect and for each answer). */
    Store connect() throws MessagingException {
        String protocol = ssl ? "imaps" : "imap";
        Properties properties = new Properties();
        properties.put("mail." + protocol + ".host", host.orElseThrow());
        properties.put("mail." + protocol + ".port", String.valueOf(port));
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "10000");
        if (ssl) {
            properties.put("mail.imaps.ssl.checkserveridentity", "true");
        }
        Store store = Session.getInstance(properties).getStore(protocol);
        store.connect(host.get(), port, username.orElse(null), password.orElse(null));
        return store;
    }

    String describe() {
        return host.orElse("?") + ":" + port;
    }
}
