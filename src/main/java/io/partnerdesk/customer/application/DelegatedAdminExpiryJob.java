package io.partnerdesk.customer.application;

import io.partnerdesk.shared.scheduling.ClusterJobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Every five minutes, ends delegated admin privileges that ran out, so that rule 3 sends the
 * affected subscriptions back to their providers. Runs once per cluster.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DelegatedAdminExpiryJob {

    static final String JOB = "delegated-admin-expiry";
    private static final Logger LOG = Logger.getLogger(DelegatedAdminExpiryJob.class.getName());

    @Inject
    ClusterJobs jobs;

    @Inject
    RelationshipService relationships;

    @Schedule(minute = "*/5", hour = "*", persistent = false, info = JOB)
    void run() {
        jobs.runOnce(JOB, Duration.ofMinutes(5), "The delegated admin expiry check", () -> {
            int handled;
            do {
                handled = relationships.expireDelegatedAdmin(100);
                if (handled > 0) {
                    LOG.info(() -> "Ended expired delegated admin privileges");
                }
            } while (handled == 100);
        });
    }
}
