package io.partnerdesk.testsupport.production;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP relay on a loopback port in front of a server (the test run's PostgreSQL), which a test can
 * cut and restore: cut closes the port and every connection through it, as when the server stops or
 * its host drops off the network; restore opens the same port again. A portal pointed at the relay
 * sees an outage of its database while the real server, shared with other tests, runs on untouched.
 * In front of a cluster's instances it serves as the load balancer that sends a browser to another.
 */
public final class TcpProxy implements AutoCloseable {

    private final String targetHost;
    private volatile int targetPort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "tcp-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private volatile ServerSocket server;

    private TcpProxy(String targetHost, int targetPort, int port) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.port = port;
    }

    /** A relay on a free loopback port to {@code targetHost:targetPort}, open. */
    public static TcpProxy start(String targetHost, int targetPort) {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TcpProxy proxy = new TcpProxy(targetHost, targetPort, port);
        proxy.restore();
        return proxy;
    }

    public int port() {
        return port;
    }

    /** Closes the port and every connection through it. */
    public synchronized void cut() {
        ServerSocket listening = server;
        server = null;
        closeQuietly(listening);
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    /**
     * Relays every new connection to {@code port} on the same host from now on and closes those
     * under way, as a load balancer does when it takes a server out of rotation: the clients' next
     * requests reach the other server.
     */
    public synchronized void sendTo(int port) {
        targetPort = port;
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    /** Opens the port again (the same one). */
    public synchronized void restore() {
        if (server != null) {
            return;
        }
        try {
            ServerSocket listening = new ServerSocket();
            listening.setReuseAddress(true);
            listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            server = listening;
            threads.execute(() -> accept(listening));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open port " + port + " again", e);
        }
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket upstream;
                try {
                    upstream = new Socket(targetHost, targetPort);
                } catch (IOException unreachable) {
                    closeQuietly(client);
                    continue;
                }
                open.add(client);
                open.add(upstream);
                threads.execute(() -> pipe(client, upstream));
                threads.execute(() -> pipe(upstream, client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[16384];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ended) {
            // One side closed or was cut: the other goes too.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // Closing what is gone already.
            }
        }
    }

    @Override
    public void close() {
        cut();
        threads.shutdownNow();
    }
}
