package io.partnerdesk.shared.scheduling;

import io.partnerdesk.shared.FailureText;
import io.partnerdesk.shared.persistence.DatabaseOutage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a scheduled job's period once per cluster and keeps a failed run from leaking: the instance
 * that gets the job's lease runs it; a run that cannot reach the database is skipped with one line
 * in the log (no stack trace every period of an outage), any other failure is logged with its
 * cause; either way the next run comes at its time and runs never pile up.
 */
@ApplicationScoped
public class ClusterJobs {

    /** What became of one period's run on this instance. */
    public enum Outcome {
        /** This instance held the lease and the job ran to its end. */
        RAN,
        /** Another instance holds this period's lease. */
        RUN_ELSEWHERE,
        /** The database could not be reached; the period is skipped. */
        SKIPPED_DATABASE_UNAVAILABLE,
        /** The job failed; the period is skipped. */
        FAILED
    }

    private static final Logger LOG = Logger.getLogger(ClusterJobs.class.getName());

    @Inject
    JobLock jobLock;

    protected ClusterJobs() {}

    /** For tests. */
    ClusterJobs(JobLock jobLock) {
        this.jobLock = jobLock;
    }

    /**
     * Runs {@code work} if this instance gets the lease on {@code job} for {@code period}; {@code
     * name} is how the log calls the job.
     */
    public Outcome runOnce(String job, Duration period, String name, Runnable work) {
        try {
            if (!jobLock.tryAcquire(job, period)) {
                return Outcome.RUN_ELSEWHERE;
            }
            work.run();
            return Outcome.RAN;
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCause(e)) {
                LOG.warning(() -> name + " skipped a run: the database cannot be reached (" + FailureText.describe(e)
                        + "); it runs again in " + describe(period));
                return Outcome.SKIPPED_DATABASE_UNAVAILABLE;
            }
            LOG.log(Level.WARNING, name + " failed; it runs again in " + describe(period), e);
            return Outcome.FAILED;
        }
    }

    static String describe(Duration period) {
        long minutes = period.toMinutes();
        if (minutes >= 1 && period.toSecondsPart() == 0) {
            return minutes == 1 ? "a minute" : minutes + " minutes";
        }
        return period.toSeconds() + " s";
    }
}
