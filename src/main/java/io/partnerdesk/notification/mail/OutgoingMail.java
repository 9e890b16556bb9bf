package io.partnerdesk.notification.mail;

/** An e-mail to send once the transaction that caused it has committed; {@code replyTo} may be null. */
public record OutgoingMail(String to, String subject, String body, String replyTo) {

    public OutgoingMail(String to, String subject, String body) {
        this(to, subject, body, null);
    }
}
