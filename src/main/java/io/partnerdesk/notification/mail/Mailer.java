package io.partnerdesk.notification.mail;

import io.partnerdesk.shared.metrics.PortalMetrics;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends e-mail through Jakarta Mail, with the server's mail session when there is one and the
 * portal's own settings otherwise ({@link MailSettings}), only after the change that caused it has
 * committed, and off the caller's thread: a slow or absent mail server never holds up or rolls
 * back a change. A failure is logged and the in-app notification stays.
 */
@Stateless
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    MailSettings settings;

    @Inject
    PortalMetrics metrics;

    @Asynchronous
    public void send(OutgoingMail mail) {
        try {
            MimeMessage message = new MimeMessage(settings.serverSession().orElseGet(this::session));
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
            if (mail.replyTo() != null) {
                message.setReplyTo(InternetAddress.parse(mail.replyTo()));
            }
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            metrics.count(PortalMetrics.Counter.MAIL_FAILURES);
            LOG.log(Level.WARNING, "Could not send an e-mail to " + mail.to() + " through " + settings.host(), e);
        }
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        if (settings.username().isPresent()) {
            properties.put("mail.smtp.auth", "true");
            String user = settings.username().get();
            String password = settings.password().orElse("");
            return Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            });
        }
        return Session.getInstance(properties);
    }
}
