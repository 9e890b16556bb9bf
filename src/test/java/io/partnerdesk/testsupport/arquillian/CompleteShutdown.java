package io.partnerdesk.testsupport.arquillian;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.event.container.AfterUnDeploy;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Waits, after each test class, until its Payara Micro instance has really ended.
 *
 * <p>The managed Payara Micro container starts one instance per test class and, when the class is
 * done, only signals it to stop. The next class's instance then starts while the last one is still
 * shutting down and holding the embedded directory's port, the H2 database file and its place in
 * the data grid: its deployment fails and every test of that class fails with "ArquillianServletRunner
 * not found". This observer waits for the instance to exit (and kills it if it will not), so each
 * class starts on a quiet machine.
 */
public final class CompleteShutdown implements LoadableExtension {

    private static final Logger LOG = Logger.getLogger(CompleteShutdown.class.getName());

    /** The managed container deploys from a temporary directory of this name. */
    private static final String CONTAINER_DEPLOYMENT_DIR = "arquillian-payara-micro";

    private static final Duration GRACE = Duration.ofSeconds(60);

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(InstanceEnd.class);
    }

    /** Observes the end of each test class's deployment. */
    public static final class InstanceEnd {

        public void waitForTheInstanceToEnd(@Observes AfterUnDeploy event) {
            List<ProcessHandle> instances = ProcessHandle.current()
                    .children()
                    .filter(p -> p.info().commandLine().orElse("").contains(CONTAINER_DEPLOYMENT_DIR))
                    .toList();
            for (ProcessHandle instance : instances) {
                long start = System.nanoTime();
                try {
                    instance.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
                    LOG.info(() -> "Payara Micro (pid " + instance.pid() + ") stopped "
                            + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms after undeployment");
                } catch (TimeoutException stillRunning) {
                    LOG.warning(() ->
                            "Payara Micro (pid " + instance.pid() + ") did not stop within " + GRACE + "; killing it");
                    instance.destroyForcibly();
                    instance.onExit().join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (ExecutionException e) {
                    throw new IllegalStateException("Could not wait for Payara Micro to stop", e);
                }
            }
        }
    }
}
