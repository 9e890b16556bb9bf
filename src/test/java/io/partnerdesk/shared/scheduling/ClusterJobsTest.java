package io.partnerdesk.shared.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.shared.scheduling.ClusterJobs.Outcome;
import io.partnerdesk.testsupport.LogCapture;
import jakarta.persistence.PersistenceException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClusterJobsTest {

    private final AtomicInteger runs = new AtomicInteger();
    private LogCapture log;

    @BeforeEach
    void listen() {
        log = LogCapture.of(ClusterJobs.class);
    }

    @AfterEach
    void stopListening() {
        log.close();
    }

    @Test
    void theInstanceThatGetsTheLeaseRunsTheJob() {
        assertThat(jobs(() -> true).runOnce("job", Duration.ofMinutes(1), "The job", runs::incrementAndGet))
                .isEqualTo(Outcome.RAN);
        assertThat(runs).hasValue(1);
        assertThat(log.records()).isEmpty();
    }

    @Test
    void anInstanceWithoutTheLeaseLeavesTheRunToTheOther() {
        assertThat(jobs(() -> false).runOnce("job", Duration.ofMinutes(1), "The job", runs::incrementAndGet))
                .isEqualTo(Outcome.RUN_ELSEWHERE);
        assertThat(runs).hasValue(0);
    }

    @Test
    void withTheDatabaseGoneARunIsSkippedWithOneLineAndNoStackTrace() {
        ClusterJobs jobs = jobs(() -> {
            throw new PersistenceException(new SQLTransientConnectionException("Connection refused", "08001"));
        });

        assertThat(jobs.runOnce("job", Duration.ofMinutes(5), "The expiry check", runs::incrementAndGet))
                .isEqualTo(Outcome.SKIPPED_DATABASE_UNAVAILABLE);

        assertThat(runs).hasValue(0);
        assertThat(log.records()).singleElement().satisfies(record -> {
            assertThat(record.getThrown()).isNull();
            assertThat(record.getMessage())
                    .contains("The expiry check skipped a run", "database cannot be reached", "Connection refused")
                    .contains("runs again in 5 minutes");
        });
    }

    @Test
    void aJobThatFailsIsLoggedWithItsCauseAndTheNextRunComesAtItsTime() {
        ClusterJobs jobs = jobs(() -> true);

        Outcome first = jobs.runOnce("job", Duration.ofMinutes(1), "The SLA watch", () -> {
            throw new IllegalStateException("broken rule");
        });
        Outcome next = jobs.runOnce("job", Duration.ofMinutes(1), "The SLA watch", runs::incrementAndGet);

        assertThat(first).isEqualTo(Outcome.FAILED);
        assertThat(log.records()).singleElement().satisfies(record -> {
            assertThat(record.getThrown()).hasMessage("broken rule");
            assertThat(record.getMessage()).isEqualTo("The SLA watch failed; it runs again in a minute");
        });
        assertThat(next).isEqualTo(Outcome.RAN);
        assertThat(runs).hasValue(1);
    }

    private static ClusterJobs jobs(Supplier<Boolean> lease) {
        return new ClusterJobs(new JobLock() {
            @Override
            public boolean tryAcquire(String job, Duration period) {
                return lease.get();
            }
        });
    }
}
