package io.partnerdesk.support.application;

import io.partnerdesk.shared.scheduling.JobLock;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every minute, once per cluster, lets the {@link SlaWatch} warn about first responses running late. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SlaWatchJob {

    static final String JOB = "support-sla-watch";
    private static final Logger LOG = Logger.getLogger(SlaWatchJob.class.getName());

    @Inject
    JobLock jobLock;

    @Inject
    SlaWatch watch;

    @Schedule(minute = "*", hour = "*", persistent = false, info = JOB)
    void run() {
        try {
            if (jobLock.tryAcquire(JOB, Duration.ofMinutes(1))) {
                watch.check(Instant.now());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The SLA watch failed; it runs again in a minute", e);
        }
    }
}
