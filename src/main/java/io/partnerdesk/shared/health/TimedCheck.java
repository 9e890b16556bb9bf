package io.partnerdesk.shared.health;

import io.partnerdesk.shared.FailureText;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Runs one probe of a dependency with a time limit ({@code partnerdesk.health.timeout-millis}, 1.5 s
 * by default), on the server's managed executor: a dependency that hangs makes the check DOWN in
 * time instead of holding the health endpoint. The answer names the check and carries how long the
 * probe took, or the kind of failure (the health endpoints answer anyone, so no host, port or
 * message); the log says in full when a check goes down and when it comes back, once each time.
 */
@ApplicationScoped
public class TimedCheck {

    private static final Logger LOG = Logger.getLogger(TimedCheck.class.getName());

    /** The last state of each check, so that the log tells each change once. */
    private final Map<String, Boolean> lastUp = new ConcurrentHashMap<>();

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "partnerdesk.health.timeout-millis", defaultValue = "1500")
    long timeoutMillis;

    /** What a probe found, to add to the answer's data (may be empty). */
    public interface Probe {
        void run(HealthCheckResponseBuilder data) throws Exception;
    }

    public HealthCheckResponse run(String name, Probe probe) {
        HealthCheckResponseBuilder answer = HealthCheckResponse.named(name);
        long started = System.nanoTime();
        Callable<HealthCheckResponseBuilder> task = () -> {
            probe.run(answer);
            return answer;
        };
        Future<HealthCheckResponseBuilder> running = executor.submit(task);
        try {
            running.get(timeoutMillis, TimeUnit.MILLISECONDS);
            noteState(name, true, null);
            return answer.withData("responseMillis", elapsedMillis(started))
                    .up()
                    .build();
        } catch (TimeoutException slow) {
            running.cancel(true);
            noteState(name, false, "no answer within " + timeoutMillis + " ms");
            return answer.withData("error", "Timeout").down().build();
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause() == null ? failed : failed.getCause();
            noteState(name, false, FailureText.describe(cause));
            return answer.withData("error", FailureText.kind(cause))
                    .withData("responseMillis", elapsedMillis(started))
                    .down()
                    .build();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return answer.withData("error", "Interrupted").down().build();
        }
    }

    /** Logs a check's change of state: DOWN with the reason, UP again. */
    void noteState(String name, boolean up, String reason) {
        Boolean before = lastUp.put(name, up);
        if (up && Boolean.FALSE.equals(before)) {
            LOG.info(() -> "Health check " + name + " is UP again");
        } else if (!up && !Boolean.FALSE.equals(before)) {
            LOG.log(Level.WARNING, "Health check {0} is DOWN: {1}", new Object[] {name, reason});
        }
    }

    private static long elapsedMillis(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
