package io.partnerdesk.support.application;

import io.partnerdesk.shared.cluster.ClusterBroadcast;
import io.partnerdesk.shared.events.OrganisationEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the open queue and request pages of an organisation's support staff that one of its requests
 * has changed (new, assigned, noted, status, file), on every instance of the cluster, once the change
 * has committed. A page hears of its own organisation's requests only, and only their ids: it reads
 * what changed itself, through the same checks as any other read.
 */
@ApplicationScoped
public class LiveQueue {

    static final String CHANNEL = "partnerdesk.support.changes";
    private static final Logger LOG = Logger.getLogger(LiveQueue.class.getName());

    @Inject
    ClusterBroadcast broadcast;

    private final Map<UUID, Set<Session>> pages = new ConcurrentHashMap<>();

    @PostConstruct
    void listen() {
        broadcast.subscribe(CHANNEL, this::deliver);
    }

    /** A page of the organisation's staff is open and listening. */
    public void opened(UUID partnerId, Session page) {
        pages.computeIfAbsent(partnerId, p -> ConcurrentHashMap.newKeySet()).add(page);
    }

    public void closed(UUID partnerId, Session page) {
        pages.computeIfPresent(partnerId, (p, open) -> {
            open.remove(page);
            return open.isEmpty() ? null : open;
        });
    }

    /** How many pages of the organisation listen on this instance. */
    public int listening(UUID partnerId) {
        return pages.getOrDefault(partnerId, Set.of()).size();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrganisationEvent event) {
        if (event.partnerId() == null
                || (event.kind() != OrganisationEvent.Kind.SUPPORT_REQUEST_CREATED
                        && event.kind() != OrganisationEvent.Kind.SUPPORT_REQUEST_UPDATED)) {
            return;
        }
        broadcast.publish(CHANNEL, message(event.partnerId(), event.kind(), event.resourceId()));
    }

    static String message(UUID partnerId, OrganisationEvent.Kind kind, String requestId) {
        return partnerId + " " + kind + " " + requestId;
    }

    /** Sends a change to this instance's pages of the organisation it belongs to. */
    void deliver(String message) {
        String[] parts = message.split(" ");
        if (parts.length != 3) {
            return;
        }
        UUID partnerId;
        UUID requestId;
        try {
            partnerId = UUID.fromString(parts[0]);
            requestId = UUID.fromString(parts[2]);
        } catch (IllegalArgumentException e) {
            return;
        }
        String json = "{\"kind\":\"" + OrganisationEvent.Kind.valueOf(parts[1]) + "\",\"id\":\"" + requestId + "\"}";
        for (Session page : pages.getOrDefault(partnerId, Set.of())) {
            if (!page.isOpen()) {
                closed(partnerId, page);
                continue;
            }
            try {
                page.getAsyncRemote().sendText(json);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "A live page could not be told; it is dropped", e);
                close(page);
                closed(partnerId, page);
            }
        }
    }

    private static void close(Session page) {
        try {
            page.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "unreachable"));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINEST, "Closing a dropped live page failed", e);
        }
    }
}
