package io.partnerdesk.support.application;

import io.partnerdesk.shared.scheduling.ClusterJobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/** Every minute, once per cluster, lets the {@link SlaWatch} warn about first responses running late. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SlaWatchJob {

    static final String JOB = "support-sla-watch";

    @Inject
    ClusterJobs jobs;

    @Inject
    SlaWatch watch;

    @Schedule(minute = "*", hour = "*", persistent = false, info = JOB)
    void run() {
        jobs.runOnce(JOB, Duration.ofMinutes(1), "The SLA watch", () -> watch.check(Instant.now()));
    }
}
