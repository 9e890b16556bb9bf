package io.partnerdesk.notification.mail;

/** An e-mail to send once the transaction that caused it has committed. */
public record OutgoingMail(String to, String subject, String body) {}
