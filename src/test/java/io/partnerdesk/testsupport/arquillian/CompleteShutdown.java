package io.partnerdesk.testsupport.arquillian;

import io.partnerdesk.testsupport.TestFiles;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.event.container.AfterUnDeploy;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
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
 * class starts on a quiet machine. It finds the instance through the container itself, so it does not
 * depend on the system showing other processes' command lines.
 */
public final class CompleteShutdown implements LoadableExtension {

    private static final Logger LOG = Logger.getLogger(CompleteShutdown.class.getName());

    /** The managed container deploys from a temporary directory of this name. */
    private static final String CONTAINER_DEPLOYMENT_DIR = "arquillian-payara-micro";

    private static final Duration GRACE = Duration.ofSeconds(60);

    /**
     * The fixed loopback port each instance listens on and cannot move away from: the embedded
     * directory's (the data grid takes the next port when its own is taken).
     */
    private static final List<String> PORT_PROPERTIES = List.of("it.ldap.port");

    private static final Duration PORT_WAIT = Duration.ofSeconds(30);

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(InstanceEnd.class);
        builder.observer(PortsFree.class);
        builder.observer(FreshStart.class);
    }

    /**
     * Before each deployment, removes what the last instance left in the test run's work directory:
     * the embedded database's files and the server's root directory. Each test class then starts on
     * a new database with the demo data, as the portal does on a fresh machine, whatever the classes
     * before it stored (and however long ago they stored it), and on a server directory no earlier
     * deployment has written to.
     */
    public static final class FreshStart {

        private static final List<String> LEFT_BEHIND = List.of("data", "payara");

        public void removeWhatTheLastInstanceLeft(@Observes(precedence = -10) BeforeDeploy event) {
            String work = System.getProperty("it.work.dir");
            if (work == null || work.isBlank()) {
                return;
            }
            for (String name : LEFT_BEHIND) {
                Path dir = Path.of(work, name);
                try {
                    TestFiles.deleteRecursively(dir);
                } catch (IOException e) {
                    LOG.warning(() -> "Could not clear " + dir + " before the deployment: " + e);
                }
            }
        }
    }

    /**
     * Before each deployment, waits (up to {@link #PORT_WAIT}) until the fixed ports the instance
     * will listen on are free, and says so when one was taken: whatever still held it would make the
     * deployment fail.
     */
    public static final class PortsFree {

        public void waitForFreePorts(@Observes BeforeDeploy event) {
            for (String property : PORT_PROPERTIES) {
                String value = System.getProperty(property);
                if (value == null || !value.matches("\\d{1,5}")) {
                    continue;
                }
                int port = Integer.parseInt(value);
                long deadline = System.nanoTime() + PORT_WAIT.toNanos();
                boolean waited = false;
                while (!free(port) && System.nanoTime() < deadline) {
                    if (!waited) {
                        LOG.warning(() -> "Port " + port + " (" + property + ") is still taken; waiting for it");
                        waited = true;
                    }
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                if (waited) {
                    LOG.warning(
                            () -> "Port " + port + (free(port) ? " is free now" : " is still taken; deploying anyway"));
                }
            }
        }

        private static boolean free(int port) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                return true;
            } catch (IOException taken) {
                return false;
            }
        }
    }

    /**
     * The process of the Payara Micro instance the managed container started (its field {@code
     * payaraMicroProcess}); empty when the container keeps none or keeps it elsewhere.
     */
    static Optional<ProcessHandle> instanceOf(Object container) {
        for (Class<?> type = container == null ? null : container.getClass();
                type != null;
                type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField("payaraMicroProcess");
                field.setAccessible(true);
                return field.get(container) instanceof Process process
                        ? Optional.of(process.toHandle())
                        : Optional.empty();
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            } catch (ReflectiveOperationException | RuntimeException unreadable) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Observes the end of each test class's deployment. */
    public static final class InstanceEnd {

        public void waitForTheInstanceToEnd(@Observes AfterUnDeploy event) {
            Set<ProcessHandle> instances = new LinkedHashSet<>();
            // The instance the container started, as it holds it; and, should that not be readable,
            // any child process whose command line names the container's deployment directory
            // (where the system shows command lines).
            instanceOf(event.getDeployableContainer()).ifPresent(instances::add);
            ProcessHandle.current()
                    .children()
                    .filter(p -> p.info().commandLine().orElse("").contains(CONTAINER_DEPLOYMENT_DIR))
                    .forEach(instances::add);
            if (instances.isEmpty()) {
                LOG.warning("No Payara Micro instance found to wait for after undeployment");
            }
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
