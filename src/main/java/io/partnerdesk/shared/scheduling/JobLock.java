package io.partnerdesk.shared.scheduling;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Lets exactly one instance of a cluster run a scheduled job per period. Every instance's timer
 * fires; each asks for the job's lease, and the database (the one thing all instances share) grants
 * it to one of them with a conditional update.
 */
@Stateless
public class JobLock {

    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    @PersistenceContext
    EntityManager em;

    /**
     * Takes the lease on {@code job} for {@code period} if nobody holds it; true when this instance
     * got it and should run the job now.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean tryAcquire(String job, Duration period) {
        Instant now = Instant.now();
        int taken = em.createNativeQuery(
                        "UPDATE job_lock SET locked_until = ?, locked_by = ? WHERE name = ? AND locked_until <= ?")
                .setParameter(1, Timestamp.from(now.plus(period).minusSeconds(1)))
                .setParameter(2, INSTANCE)
                .setParameter(3, job)
                .setParameter(4, Timestamp.from(now))
                .executeUpdate();
        if (taken == 1) {
            return true;
        }
        Number known = (Number) em.createNativeQuery("SELECT COUNT(*) FROM job_lock WHERE name = ?")
                .setParameter(1, job)
                .getSingleResult();
        if (known.intValue() == 0) {
            try {
                em.createNativeQuery("INSERT INTO job_lock (name, locked_until, locked_by) VALUES (?, ?, ?)")
                        .setParameter(1, job)
                        .setParameter(2, Timestamp.from(now.plus(period).minusSeconds(1)))
                        .setParameter(3, INSTANCE)
                        .executeUpdate();
                return true;
            } catch (PersistenceException takenMeanwhile) {
                // Another instance created the job's row in the same moment (its primary key wins);
                // that instance holds the lease, and this transaction only rolls back.
                return false;
            }
        }
        return false;
    }
}
