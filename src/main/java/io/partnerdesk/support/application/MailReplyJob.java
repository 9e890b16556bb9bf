package io.partnerdesk.support.application;

import io.partnerdesk.shared.scheduling.ClusterJobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;

/** Every minute, once per cluster, reads the replies to notification e-mails ({@link MailReplies}). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailReplyJob {

    static final String JOB = "support-mail-replies";

    @Inject
    ClusterJobs jobs;

    @Inject
    ReplyMailbox mailbox;

    @Inject
    MailReplies replies;

    @Schedule(minute = "*", hour = "*", persistent = false, info = JOB)
    void run() {
        if (mailbox.isEnabled()) {
            jobs.runOnce(JOB, Duration.ofMinutes(1), "Replies by e-mail", replies::poll);
        }
    }
}
