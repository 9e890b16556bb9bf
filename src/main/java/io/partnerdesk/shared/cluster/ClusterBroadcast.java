package io.partnerdesk.shared.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Tells every instance of the cluster, this one included, a short text on a named channel, through
 * a topic of the data grid Payara runs. An instance started without the data grid (the one-command
 * run) is a cluster of one: its listeners hear what it publishes, on a thread of the server's
 * executor (as they would on one of the data grid's). Delivery is at most once
 * and only to instances running at that moment; what must not be lost goes to the database instead.
 */
@ApplicationScoped
public class ClusterBroadcast {

    static final String DATA_GRID = "payara/Hazelcast";
    private static final Logger LOG = Logger.getLogger(ClusterBroadcast.class.getName());

    @Resource
    ManagedExecutorService executor;

    private final Map<String, List<Consumer<String>>> local = new ConcurrentHashMap<>();
    private final Map<String, UUID> registrations = new ConcurrentHashMap<>();
    private volatile HazelcastInstance grid;
    private volatile boolean looked;

    /** Calls {@code listener} with every text published on {@code channel}, by any instance, from now on. */
    public synchronized void subscribe(String channel, Consumer<String> listener) {
        local.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(listener);
        HazelcastInstance dataGrid = grid();
        if (dataGrid != null && !registrations.containsKey(channel)) {
            ITopic<String> topic = dataGrid.getTopic(channel);
            registrations.put(channel, topic.addMessageListener(m -> deliver(channel, m.getMessageObject())));
        }
    }

    /** Tells {@code text} to every instance's listeners of {@code channel}. */
    public void publish(String channel, String text) {
        HazelcastInstance dataGrid = grid();
        if (dataGrid == null) {
            // As the data grid would: on a thread of its own, never on the publisher's.
            executor.execute(() -> deliver(channel, text));
            return;
        }
        try {
            dataGrid.<String>getTopic(channel).publish(text);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The data grid did not take a message on " + channel + "; told here only", e);
            executor.execute(() -> deliver(channel, text));
        }
    }

    private void deliver(String channel, String text) {
        for (Consumer<String> listener : local.getOrDefault(channel, List.of())) {
            try {
                listener.accept(text);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A listener of " + channel + " failed", e);
            }
        }
    }

    /** The data grid, or null when the instance runs without one. */
    private HazelcastInstance grid() {
        if (!looked) {
            try {
                Object found = new InitialContext().lookup(DATA_GRID);
                grid = found instanceof HazelcastInstance h
                                && h.getLifecycleService().isRunning()
                        ? h
                        : null;
            } catch (NamingException | RuntimeException | LinkageError e) {
                grid = null;
            }
            looked = true;
            LOG.info(() -> grid == null
                    ? "No data grid: live changes reach this instance's pages only"
                    : "Live changes travel through the data grid to every instance");
        }
        return grid;
    }

    /** Leaves the data grid's topics when the application stops (the grid outlives a redeployment). */
    @PreDestroy
    synchronized void leave() {
        HazelcastInstance dataGrid = grid;
        if (dataGrid != null) {
            registrations.forEach((channel, id) -> {
                try {
                    dataGrid.getTopic(channel).removeMessageListener(id);
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "Could not leave " + channel, e);
                }
            });
        }
        registrations.clear();
        local.clear();
    }
}
