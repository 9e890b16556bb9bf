package io.partnerdesk.support.domain;

import io.partnerdesk.shared.persistence.Totals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Service requests as the partner that filed them sees them, and the support-topic catalogue. */
@ApplicationScoped
public class ServiceRequestRepository {

    private static final String FETCH = "SELECT r FROM ServiceRequest r JOIN FETCH r.customer c"
            + " JOIN FETCH r.partner p JOIN FETCH r.supportTopic t LEFT JOIN FETCH r.product pr";

    @PersistenceContext
    EntityManager em;

    @Inject
    Totals totals;

    public void add(ServiceRequest request) {
        em.persist(request);
    }

    public Optional<ServiceRequest> find(UUID id) {
        return em.createQuery(FETCH + " WHERE r.id = :id", ServiceRequest.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /** One page of the partner's service requests, newest first, by status and customer if given. */
    public List<ServiceRequest> page(
            UUID partnerId, ServiceRequestStatus status, UUID customerId, int offset, int size) {
        TypedQuery<ServiceRequest> query = em.createQuery(
                FETCH + " WHERE p.id = :partner" + where(status, customerId) + " ORDER BY r.createdAt DESC, r.id",
                ServiceRequest.class);
        bind(query, partnerId, status, customerId);
        return query.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    /** How many of the partner's service requests match (a total kept for a few seconds: {@link Totals}). */
    public long count(UUID partnerId, ServiceRequestStatus status, UUID customerId) {
        return totals.of(Totals.Kind.SERVICE_REQUESTS, partnerId, Arrays.asList(status, customerId), () -> {
            TypedQuery<Long> query = em.createQuery(
                    "SELECT COUNT(r) FROM ServiceRequest r JOIN r.customer c WHERE r.partner.id = :partner"
                            + where(status, customerId),
                    Long.class);
            bind(query, partnerId, status, customerId);
            return query.getSingleResult();
        });
    }

    /**
     * The notes of the partner's service requests among {@code ids}, per request in their order:
     * one query for a whole page of requests.
     */
    public Map<UUID, List<Note>> notesOf(UUID partnerId, Collection<UUID> ids) {
        Map<UUID, List<Note>> notes = new HashMap<>();
        if (ids.isEmpty()) {
            return notes;
        }
        for (Object[] row : em.createQuery(
                        "SELECT r.id, n FROM ServiceRequest r JOIN r.notes n"
                                + " WHERE r.partner.id = :partner AND r.id IN :ids ORDER BY r.id, INDEX(n)",
                        Object[].class)
                .setParameter("partner", partnerId)
                .setParameter("ids", ids)
                .getResultList()) {
            notes.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((Note) row[1]);
        }
        return notes;
    }

    /** The service requests filed to escalate the given support request. */
    public List<ServiceRequest> ofSupportRequest(UUID supportRequestId) {
        return em.createQuery(FETCH + " WHERE r.supportRequest.id = :id ORDER BY r.createdAt", ServiceRequest.class)
                .setParameter("id", supportRequestId)
                .getResultList();
    }

    /**
     * The support topics, reference data that only a migration changes: read once and then answered
     * from EclipseLink's query-results cache (every service request form shows them).
     */
    public List<SupportTopic> topics() {
        return em.createNamedQuery(SupportTopic.ALL, SupportTopic.class).getResultList();
    }

    public Optional<SupportTopic> findTopic(UUID id) {
        return Optional.ofNullable(em.find(SupportTopic.class, id));
    }

    private static String where(ServiceRequestStatus status, UUID customerId) {
        return (status == null ? "" : " AND r.status = :status") + (customerId == null ? "" : " AND c.id = :customer");
    }

    private static void bind(TypedQuery<?> query, UUID partnerId, ServiceRequestStatus status, UUID customerId) {
        query.setParameter("partner", partnerId);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (customerId != null) {
            query.setParameter("customer", customerId);
        }
    }
}
