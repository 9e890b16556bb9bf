package io.partnerdesk.webhook.application;

import io.partnerdesk.audit.application.AuditLog;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.Page;
import io.partnerdesk.shared.SystemText;
import io.partnerdesk.shared.events.OrganisationEvent;
import io.partnerdesk.shared.persistence.Totals;
import io.partnerdesk.shared.security.CurrentUser;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.webhook.domain.Webhook;
import io.partnerdesk.webhook.domain.WebhookDelivery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A partner's global admin registers, lists and deletes the organisation's webhooks and reads each
 * one's delivery log. Every query is cut to the caller's organisation: another's webhook is a 404.
 */
@Stateless
@RolesAllowed(Role.GLOBAL_ADMIN)
public class WebhookService {

    /** Webhooks an organisation may have at once. */
    public static final int MAX_PER_ORGANISATION = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    WebhookAddresses addresses;

    @Inject
    AuditLog auditLog;

    @Inject
    Totals totals;

    /** A webhook just registered, with its secret: the only time the secret is shown. */
    public record Registered(Webhook webhook, String secret) {}

    /** Registers a receiver of {@code events} at {@code url}. */
    public Registered register(String url, Collection<OrganisationEvent.Kind> events) {
        UUID partnerId = currentUser.requirePartnerId();
        if (url == null || url.isBlank()) {
            throw BusinessException.ruleBroken("WEBHOOK_URL_REQUIRED");
        }
        String address = url.strip();
        if (address.length() > Webhook.MAX_URL_LENGTH) {
            throw BusinessException.ruleBroken("WEBHOOK_URL_TOO_LONG", Webhook.MAX_URL_LENGTH);
        }
        if (events == null || events.isEmpty() || events.contains(null)) {
            throw BusinessException.ruleBroken("WEBHOOK_EVENTS_REQUIRED");
        }
        addresses.require(address);
        if (active(partnerId).size() >= MAX_PER_ORGANISATION) {
            throw BusinessException.ruleBroken("WEBHOOK_LIMIT", MAX_PER_ORGANISATION);
        }
        String secret = WebhookSignature.newSecret();
        Webhook webhook = new Webhook(partnerId, address, events, secret, currentUser.getUsername(), Instant.now());
        em.persist(webhook);
        totals.changed(Totals.Kind.WEBHOOKS, partnerId, WebhookOutbox.EVERY_PARTNER);
        auditLog.record(new AuditLog.Entry(
                "WEBHOOK_REGISTERED",
                "Webhook",
                webhook.getId(),
                partnerId,
                null,
                null,
                null,
                describe(address, webhook)));
        return new Registered(webhook, secret);
    }

    /** The organisation's webhooks, oldest first (at most {@link #MAX_PER_ORGANISATION}). */
    public List<Webhook> list() {
        return active(currentUser.requirePartnerId());
    }

    /** One of the organisation's webhooks; 404 for anyone else's and for a deleted one. */
    public Webhook get(UUID id) {
        UUID partnerId = currentUser.requirePartnerId();
        Webhook webhook = id == null ? null : em.find(Webhook.class, id);
        if (webhook == null || webhook.isStopped() || !webhook.getPartnerId().equals(partnerId)) {
            throw BusinessException.notFound("webhook", id);
        }
        return webhook;
    }

    /** Deletes a webhook: nothing more is delivered to it, not even what is still due. */
    public void delete(UUID id) {
        Webhook webhook = get(id);
        webhook.stop(currentUser.getUsername(), Instant.now());
        totals.changed(Totals.Kind.WEBHOOKS, webhook.getPartnerId(), WebhookOutbox.EVERY_PARTNER);
        auditLog.record(new AuditLog.Entry(
                "WEBHOOK_DELETED",
                "Webhook",
                webhook.getId(),
                webhook.getPartnerId(),
                null,
                null,
                describe(webhook.getUrl(), webhook),
                null));
    }

    /** One page of a webhook's deliveries, newest first, with how many there are. */
    public Page<WebhookDelivery> deliveries(UUID id, int offset, int size) {
        Webhook webhook = get(id);
        long total = countOf(webhook);
        return new Page<>(total, total == 0 ? List.of() : rowsOf(webhook, offset, size));
    }

    /** How many deliveries a webhook has had. */
    public long countDeliveries(UUID id) {
        return countOf(get(id));
    }

    /** One page of a webhook's deliveries, newest first, without counting them. */
    public List<WebhookDelivery> deliveryRows(UUID id, int offset, int size) {
        return rowsOf(get(id), offset, size);
    }

    private long countOf(Webhook webhook) {
        return em.createQuery("SELECT COUNT(d) FROM WebhookDelivery d WHERE d.webhookId = :id", Long.class)
                .setParameter("id", webhook.getId())
                .getSingleResult();
    }

    private List<WebhookDelivery> rowsOf(Webhook webhook, int offset, int size) {
        return em.createQuery(
                        "SELECT d FROM WebhookDelivery d WHERE d.webhookId = :id ORDER BY d.createdAt DESC, d.id",
                        WebhookDelivery.class)
                .setParameter("id", webhook.getId())
                .setFirstResult(offset)
                .setMaxResults(size)
                .getResultList();
    }

    private List<Webhook> active(UUID partnerId) {
        return em.createQuery(
                        "SELECT w FROM Webhook w WHERE w.partnerId = :partner AND w.stoppedAt IS NULL"
                                + " ORDER BY w.createdAt, w.id",
                        Webhook.class)
                .setParameter("partner", partnerId)
                .getResultList();
    }

    /** A webhook as the audit log shows it: its address and its events, in each reader's language. */
    private static String describe(String url, Webhook webhook) {
        return SystemText.of(
                "audit.value.webhook",
                url,
                SystemText.list(webhook.events().stream()
                        .map(e -> SystemText.word("webhooks.event." + e.name()))
                        .toList()));
    }
}
