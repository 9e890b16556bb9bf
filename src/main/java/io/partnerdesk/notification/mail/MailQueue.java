package io.partnerdesk.notification.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Hands the mails a transaction queued (as events) to the {@link Mailer} once it has committed. */
@ApplicationScoped
public class MailQueue {

    @Inject
    MailSettings settings;

    @Inject
    Mailer mailer;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        if (settings.isEnabled()) {
            mailer.send(mail);
        }
    }
}
