package io.partnerdesk.webhook.application;

import io.partnerdesk.shared.events.OrganisationEvent;
import io.partnerdesk.shared.persistence.Totals;
import io.partnerdesk.webhook.domain.Webhook;
import io.partnerdesk.webhook.domain.WebhookDelivery;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a delivery for each of the organisation's webhooks that receives the event, in the
 * transaction of the change (so a change that rolls back is told to nobody), and has them sent once
 * it has committed, off the person's request: a slow receiver never slows anyone down. Which webhooks
 * an organisation has is remembered for a few seconds ({@link Totals}), so a change in an organisation
 * without webhooks costs no statement at all.
 */
@ApplicationScoped
public class WebhookOutbox {

    /** The scope under which the webhooks that hear about every partner's readable objects are kept. */
    static final String EVERY_PARTNER = "every-partner";

    private static final Object SENDING_AFTER_COMMIT = new Object();

    /** What the outbox needs of a webhook. */
    record Receiver(UUID webhookId, UUID partnerId, Set<OrganisationEvent.Kind> events) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Totals totals;

    @Inject
    WebhookDispatcher dispatcher;

    @Resource
    TransactionSynchronizationRegistry transactions;

    void on(@Observes OrganisationEvent event) {
        List<Receiver> receivers = event.partnerId() == null ? everyPartner() : of(event.partnerId());
        boolean written = false;
        for (Receiver receiver : receivers) {
            if (receiver.events().contains(event.kind())) {
                em.persist(new WebhookDelivery(
                        receiver.webhookId(),
                        event.kind().name(),
                        payload(event, receiver.partnerId()),
                        event.occurredAt()));
                written = true;
            }
        }
        if (written) {
            sendAfterCommit();
        }
    }

    /** The body posted: exactly these bytes are signed. */
    static String payload(OrganisationEvent event, UUID receivingPartner) {
        JsonObjectBuilder data = Json.createObjectBuilder();
        event.data().forEach(data::add);
        String body = Json.createObjectBuilder()
                .add("id", event.id().toString())
                .add("event", event.kind().name())
                .add("occurredAt", DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()))
                .add("organisationId", receivingPartner.toString())
                .add(
                        "resource",
                        Json.createObjectBuilder()
                                .add("type", event.resourceType())
                                .add("id", event.resourceId()))
                .add("data", data)
                .build()
                .toString();
        if (body.length() > WebhookDelivery.MAX_PAYLOAD) {
            throw new IllegalArgumentException(
                    "An event's data is a few short values, not " + body.length() + " characters");
        }
        return body;
    }

    private List<Receiver> of(UUID partnerId) {
        return totals.kept(
                Totals.Kind.WEBHOOKS,
                partnerId,
                "receivers",
                () -> receivers(em.createQuery(
                                "SELECT w.id, w.partnerId, w.events FROM Webhook w"
                                        + " WHERE w.partnerId = :partner AND w.stoppedAt IS NULL",
                                Object[].class)
                        .setParameter("partner", partnerId)
                        .getResultList()));
    }

    private List<Receiver> everyPartner() {
        return totals.kept(
                Totals.Kind.WEBHOOKS,
                EVERY_PARTNER,
                "receivers",
                () -> receivers(em.createQuery(
                                "SELECT w.id, w.partnerId, w.events FROM Webhook w"
                                        + " WHERE w.stoppedAt IS NULL AND w.events LIKE :kind",
                                Object[].class)
                        .setParameter("kind", "%" + OrganisationEvent.Kind.SERVICE_INCIDENT_UPDATED.name() + "%")
                        .getResultList()));
    }

    private static List<Receiver> receivers(List<Object[]> rows) {
        return rows.stream()
                .map(row -> new Receiver((UUID) row[0], (UUID) row[1], Webhook.parse((String) row[2])))
                .toList();
    }

    private void sendAfterCommit() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        if (transactions.getResource(SENDING_AFTER_COMMIT) != null) {
            return;
        }
        transactions.putResource(SENDING_AFTER_COMMIT, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    dispatcher.nudge();
                }
            }
        });
    }
}
