package io.partnerdesk.testsupport.production;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One portal instance started exactly as an operator starts it: server-config/run-instance.sh with
 * the server-config/ command files and environment variables, the WAR that the build made.
 */
public final class PortalInstance implements AutoCloseable {

    private final String name;
    private final int httpPort;
    private final Process process;
    private final Path log;
    private final Instant startedAt;
    private Duration startTime;

    private PortalInstance(String name, int httpPort, Process process, Path log, Instant startedAt) {
        this.name = name;
        this.httpPort = httpPort;
        this.process = process;
        this.log = log;
        this.startedAt = startedAt;
    }

    /** Starts an instance that forms a data grid of its own on {@code gridPort}. */
    public static PortalInstance start(String name, int httpPort, int gridPort, Map<String, String> environment) {
        Path log = Path.of(System.getProperty("it.work.dir", "target/it"), name + ".log");
        // Otherwise whatever already answers there would pass for this instance being ready.
        for (int port : new int[] {httpPort, gridPort}) {
            if (inUse(port)) {
                throw new IllegalStateException("Port " + port + " on 127.0.0.1 is in use, so " + name
                        + " cannot start there; is an instance of an earlier run still up?");
            }
        }
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder("bash", "server-config/run-instance.sh")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            builder.environment().put("PARTNERDESK_INSTANCE_NAME", name);
            builder.environment().put("PARTNERDESK_HTTP_PORT", Integer.toString(httpPort));
            builder.environment().put("PARTNERDESK_CLUSTER_PORT", Integer.toString(gridPort));
            builder.environment().put("PARTNERDESK_CLUSTER_MEMBERS", "127.0.0.1:" + gridPort);
            Instant startedAt = Instant.now();
            return new PortalInstance(name, httpPort, builder.start(), log, startedAt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the health endpoint says ready; returns how long the start took. */
    public Duration awaitReady(Duration timeout) {
        Instant deadline = startedAt.plus(timeout);
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + log);
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    startTime = Duration.between(startedAt, Instant.now());
                    return startTime;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log);
            }
            OpenLdapServer.sleep(Duration.ofMillis(250));
        }
    }

    private static boolean inUse(int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException free) {
            return false;
        }
    }

    public String url() {
        return "http://127.0.0.1:" + httpPort + "/";
    }

    public Duration startTime() {
        return startTime;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
