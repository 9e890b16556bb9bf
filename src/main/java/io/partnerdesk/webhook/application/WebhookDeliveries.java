package io.partnerdesk.webhook.application;

import io.partnerdesk.webhook.domain.DeliveryStatus;
import io.partnerdesk.webhook.domain.WebhookDelivery;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The dispatcher's steps on the delivery log, each its own short transaction: the deliveries due,
 * claiming one (so that one instance of a cluster sends it), and what the attempt came to. Called by
 * the dispatcher only (no page or resource reaches it); it acts for nobody and on no one's behalf.
 */
@Stateless
@PermitAll
public class WebhookDeliveries {

    /** How long a claimed delivery is left to the instance that claimed it before another may try. */
    static final Duration CLAIM = Duration.ofMinutes(2);

    @PersistenceContext
    EntityManager em;

    /** A delivery due, with what sending it needs. */
    public record Due(
            UUID deliveryId,
            long version,
            String event,
            String payload,
            String url,
            String secret,
            boolean webhookStopped) {}

    /** Deliveries whose attempt is due at {@code now}, the longest waiting first. */
    public List<Due> due(Instant now, int limit) {
        return em
                .createQuery(
                        "SELECT d.id, d.version, d.event, d.payload, w.url, w.secret, w.stoppedAt"
                                + " FROM WebhookDelivery d, Webhook w WHERE w.id = d.webhookId"
                                + " AND d.status = :pending AND d.nextAttemptAt <= :now"
                                + " ORDER BY d.nextAttemptAt",
                        Object[].class)
                .setParameter("pending", DeliveryStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(row -> new Due(
                        (UUID) row[0],
                        ((Number) row[1]).longValue(),
                        (String) row[2],
                        (String) row[3],
                        (String) row[4],
                        (String) row[5],
                        row[6] != null))
                .toList();
    }

    /**
     * Takes a due delivery for this instance until {@code now + CLAIM}; false when another instance
     * took it first (its version moved on).
     */
    public boolean claim(UUID deliveryId, long version, Instant now) {
        return em.createQuery("UPDATE WebhookDelivery d SET d.nextAttemptAt = :until, d.version = d.version + 1"
                                + " WHERE d.id = :id AND d.version = :version AND d.status = :pending")
                        .setParameter("until", now.plus(CLAIM))
                        .setParameter("id", deliveryId)
                        .setParameter("version", version)
                        .setParameter("pending", DeliveryStatus.PENDING)
                        .executeUpdate()
                == 1;
    }

    /** The receiver answered {@code code} (null: nothing answered in time); true when it was a 2xx. */
    public boolean attempted(UUID deliveryId, Integer code, Instant at) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
        if (delivery == null) {
            return false;
        }
        if (code != null && code >= 200 && code < 300) {
            delivery.delivered(code, at);
            return true;
        }
        delivery.attemptFailed(code, at);
        return false;
    }

    /** Not sent, and never will be: the webhook was deleted or its address is refused now. */
    public void giveUp(UUID deliveryId) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
        if (delivery != null) {
            delivery.giveUp();
        }
    }
}
