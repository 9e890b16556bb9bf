package io.partnerdesk.servicehealth.domain;

import io.partnerdesk.customer.domain.Customer;
import io.partnerdesk.customer.domain.RelationshipState;
import io.partnerdesk.subscription.domain.OnlineService;
import io.partnerdesk.subscription.domain.SubscriptionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Service health and incidents. Everything about customers is cut to the caller's partner: a
 * partner has a customer while it has a relationship with it that is not removed, and a customer
 * is impacted by a service's issue while one of its ACTIVE subscriptions includes the service.
 */
@ApplicationScoped
public class ServiceHealthRepository {

    /** The caller's customers that use a service, as (subscription s, customer c, service sv). */
    private static final String USED_BY_PARTNERS_CUSTOMERS =
            " FROM Subscription s JOIN s.customer c JOIN s.product p JOIN p.services sv, CustomerRelationship r"
                    + " WHERE r.customer = c AND r.partner.id = :partner AND r.state <> :removed"
                    + " AND s.status = :active";

    @PersistenceContext
    EntityManager em;

    /** Which incidents a list shows. Null means "any". */
    public record IncidentFilter(Boolean resolved, UUID serviceId, UUID customerId) {}

    /** A customer of the caller that uses a service in trouble. */
    public record TroubledService(
            UUID customerId, String customerName, UUID serviceId, String serviceName, HealthStatus status) {}

    public List<OnlineService> services() {
        return em.createQuery("SELECT s FROM OnlineService s ORDER BY s.name", OnlineService.class)
                .getResultList();
    }

    public Optional<OnlineService> findService(UUID id) {
        return Optional.ofNullable(em.find(OnlineService.class, id));
    }

    public Map<UUID, ServiceHealth> health() {
        Map<UUID, ServiceHealth> health = new HashMap<>();
        em.createQuery("SELECT h FROM ServiceHealth h", ServiceHealth.class)
                .getResultList()
                .forEach(h -> health.put(h.getServiceId(), h));
        return health;
    }

    public Optional<ServiceHealth> findHealth(UUID serviceId) {
        return Optional.ofNullable(em.find(ServiceHealth.class, serviceId));
    }

    public Optional<ServiceIncident> findIncident(String id) {
        return em.createQuery(
                        "SELECT DISTINCT i FROM ServiceIncident i JOIN FETCH i.service LEFT JOIN FETCH i.posts"
                                + " WHERE i.id = :id",
                        ServiceIncident.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    public void add(ServiceHealth health) {
        em.persist(health);
    }

    public void add(ServiceIncident incident) {
        em.persist(incident);
    }

    /** Deletes an incident and its timeline now, so that an incident with the same id can take its place. */
    public void remove(ServiceIncident incident) {
        em.remove(incident);
        em.flush();
    }

    /** Per service, how many of the partner's customers use it. */
    public Map<UUID, Long> customerCountsByService(UUID partnerId) {
        Map<UUID, Long> counts = new HashMap<>();
        bindImpact(
                        em.createQuery(
                                "SELECT sv.id, COUNT(DISTINCT c.id)" + USED_BY_PARTNERS_CUSTOMERS + " GROUP BY sv.id",
                                Object[].class),
                        partnerId)
                .getResultList()
                .forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** Per service, how many of its issues are not resolved. */
    public Map<UUID, Long> activeIncidentCounts() {
        Map<UUID, Long> counts = new HashMap<>();
        em.createQuery(
                        "SELECT i.service.id, COUNT(i) FROM ServiceIncident i WHERE i.resolved = FALSE GROUP BY i.service.id",
                        Object[].class)
                .getResultList()
                .forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** The partner's customers that use the service, by name. */
    public List<Customer> customersUsing(UUID partnerId, UUID serviceId) {
        return bindImpact(
                        em.createQuery(
                                "SELECT DISTINCT c" + USED_BY_PARTNERS_CUSTOMERS
                                        + " AND sv.id = :service ORDER BY c.companyName",
                                Customer.class),
                        partnerId)
                .setParameter("service", serviceId)
                .getResultList();
    }

    /**
     * The first {@code maxCustomers} of the partner's customers (by name) whose services are in trouble now, with
     * those services. The customers are read in name order from the company-name index, each checked for a troubled
     * service, so the query stops after a handful of customers however many the partner has.
     */
    public List<TroubledService> troubled(UUID partnerId, int maxCustomers) {
        // One statement: the first customers (by name) with an active subscription to a service in
        // trouble, then each of those customers' troubled services. The statuses are the enum's own
        // constant names, written into the statement; every value a caller gives is a parameter.
        String trouble = HealthStatus.troubled().stream()
                .map(status -> "'" + status.name() + "'")
                .collect(java.util.stream.Collectors.joining(", "));
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("SELECT c.id, c.company_name, sv.id, sv.name, h.status"
                        + " FROM (SELECT c.id, c.company_name FROM customer c"
                        + "   WHERE EXISTS (SELECT 1 FROM customer_relationship r WHERE r.customer_id = c.id"
                        + "     AND r.partner_id = ? AND r.state <> ?)"
                        + "   AND EXISTS (SELECT 1 FROM subscription s"
                        + "     JOIN product_service ps ON ps.product_id = s.product_id"
                        + "     JOIN service_health h ON h.service_id = ps.service_id"
                        + "     WHERE s.customer_id = c.id AND s.status = ? AND h.status IN (" + trouble + "))"
                        + "   ORDER BY c.company_name, c.id LIMIT ?) c"
                        + " JOIN subscription s ON s.customer_id = c.id AND s.status = ?"
                        + " JOIN product_service ps ON ps.product_id = s.product_id"
                        + " JOIN online_service sv ON sv.id = ps.service_id"
                        + " JOIN service_health h ON h.service_id = sv.id"
                        + " WHERE h.status IN (" + trouble + ")"
                        + " GROUP BY c.id, c.company_name, sv.id, sv.name, h.status"
                        + " ORDER BY c.company_name, c.id, sv.name")
                .setParameter(1, partnerId.toString())
                .setParameter(2, RelationshipState.REMOVED.name())
                .setParameter(3, SubscriptionStatus.ACTIVE.name())
                .setParameter(4, maxCustomers)
                .setParameter(5, SubscriptionStatus.ACTIVE.name())
                .getResultList();
        List<TroubledService> rows = new ArrayList<>();
        for (Object[] row : found) {
            rows.add(new TroubledService(
                    UUID.fromString((String) row[0]),
                    (String) row[1],
                    UUID.fromString((String) row[2]),
                    (String) row[3],
                    HealthStatus.valueOf((String) row[4])));
        }
        return rows;
    }

    /** The services that the customer's active subscriptions include. */
    public List<OnlineService> servicesOfCustomer(UUID customerId) {
        return em.createQuery(
                        "SELECT DISTINCT sv FROM Subscription s JOIN s.product p JOIN p.services sv"
                                + " WHERE s.customer.id = :customer AND s.status = :active ORDER BY sv.name",
                        OnlineService.class)
                .setParameter("customer", customerId)
                .setParameter("active", SubscriptionStatus.ACTIVE)
                .getResultList();
    }

    public List<ServiceIncident> incidents(IncidentFilter filter, int offset, int size) {
        TypedQuery<ServiceIncident> query = em.createQuery(
                "SELECT i FROM ServiceIncident i JOIN FETCH i.service sv" + where(filter)
                        + " ORDER BY i.startAt DESC, i.id",
                ServiceIncident.class);
        return bind(query, filter).setFirstResult(offset).setMaxResults(size).getResultList();
    }

    public long countIncidents(IncidentFilter filter) {
        return bind(
                        em.createQuery(
                                "SELECT COUNT(i) FROM ServiceIncident i JOIN i.service sv" + where(filter), Long.class),
                        filter)
                .getSingleResult();
    }

    /** The posts of the given incidents, each incident's in the order they were published. */
    public Map<String, List<IncidentPost>> postsOf(Collection<String> incidentIds) {
        Map<String, List<IncidentPost>> posts = new LinkedHashMap<>();
        if (incidentIds.isEmpty()) {
            return posts;
        }
        em.createQuery(
                        "SELECT p, p.incident.id FROM IncidentPost p WHERE p.incident.id IN :ids"
                                + " ORDER BY p.publishedAt",
                        Object[].class)
                .setParameter("ids", incidentIds)
                .getResultList()
                .forEach(row -> posts.computeIfAbsent((String) row[1], k -> new ArrayList<>())
                        .add((IncidentPost) row[0]));
        return posts;
    }

    /** When each incident since {@code since} started, with its classification (for charts). */
    public List<Object[]> incidentStartsSince(Instant since) {
        return em.createQuery(
                        "SELECT i.startAt, i.classification FROM ServiceIncident i WHERE i.startAt >= :since",
                        Object[].class)
                .setParameter("since", since)
                .getResultList();
    }

    private static String where(IncidentFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.resolved() != null) {
            conditions.add("i.resolved = :resolved");
        }
        if (filter.serviceId() != null) {
            conditions.add("sv.id = :service");
        }
        if (filter.customerId() != null) {
            conditions.add("sv.id IN (SELECT sv2.id FROM Subscription s2 JOIN s2.product p2 JOIN p2.services sv2"
                    + " WHERE s2.customer.id = :customer AND s2.status = :active)");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, IncidentFilter filter) {
        if (filter.resolved() != null) {
            query.setParameter("resolved", filter.resolved());
        }
        if (filter.serviceId() != null) {
            query.setParameter("service", filter.serviceId());
        }
        if (filter.customerId() != null) {
            query.setParameter("customer", filter.customerId()).setParameter("active", SubscriptionStatus.ACTIVE);
        }
        return query;
    }

    private static <T> TypedQuery<T> bindImpact(TypedQuery<T> query, UUID partnerId) {
        return query.setParameter("partner", partnerId)
                .setParameter("removed", RelationshipState.REMOVED)
                .setParameter("active", SubscriptionStatus.ACTIVE);
    }
}
