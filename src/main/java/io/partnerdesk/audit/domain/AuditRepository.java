package io.partnerdesk.audit.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
public class AuditRepository {

    @PersistenceContext
    EntityManager em;

    public void add(AuditRecord record) {
        em.persist(record);
    }

    /** What an audit list asks for; nulls mean "any". */
    public record Query(UUID partnerId, UUID customerId, Instant from, Instant to, String filter) {}

    public List<AuditRecord> page(Query q, int offset, int size) {
        TypedQuery<AuditRecord> query = em.createQuery(
                "SELECT a FROM AuditRecord a WHERE " + where(q) + " ORDER BY a.at DESC, a.id", AuditRecord.class);
        bind(query, q);
        return query.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    public long count(Query q) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(a) FROM AuditRecord a WHERE " + where(q), Long.class);
        bind(query, q);
        return query.getSingleResult();
    }

    private static String where(Query q) {
        StringBuilder where = new StringBuilder("(a.partnerId = :partner OR a.relatedPartnerId = :partner)");
        if (q.customerId() != null) {
            where.append(" AND a.customerId = :customer");
        }
        if (q.from() != null) {
            where.append(" AND a.at >= :from");
        }
        if (q.to() != null) {
            where.append(" AND a.at < :to");
        }
        if (q.filter() != null && !q.filter().isBlank()) {
            where.append(
                    " AND (LOWER(a.actor) LIKE :filter OR LOWER(a.action) LIKE :filter OR LOWER(a.resourceId) LIKE :filter"
                            + " OR LOWER(a.resourceType) LIKE :filter OR LOWER(a.oldValue) LIKE :filter"
                            + " OR LOWER(a.newValue) LIKE :filter)");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, Query q) {
        query.setParameter("partner", q.partnerId());
        if (q.customerId() != null) {
            query.setParameter("customer", q.customerId());
        }
        if (q.from() != null) {
            query.setParameter("from", q.from());
        }
        if (q.to() != null) {
            query.setParameter("to", q.to());
        }
        if (q.filter() != null && !q.filter().isBlank()) {
            query.setParameter(
                    "filter",
                    "%"
                            + q.filter()
                                    .trim()
                                    .toLowerCase(Locale.ROOT)
                                    .replace("%", "")
                                    .replace("_", "") + "%");
        }
    }
}
