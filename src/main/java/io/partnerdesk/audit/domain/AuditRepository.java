package io.partnerdesk.audit.domain;

import io.partnerdesk.shared.persistence.Totals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

@ApplicationScoped
public class AuditRepository {

    @PersistenceContext
    EntityManager em;

    @Inject
    Totals totals;

    public void add(AuditRecord record) {
        em.persist(record);
    }

    /** What an audit list asks for; nulls mean "any". */
    public record Query(UUID partnerId, UUID customerId, Instant from, Instant to, String filter) {}

    /** Newest first. */
    private static final Comparator<AuditRecord> ORDER = Comparator.comparing(AuditRecord::getAt)
            .reversed()
            .thenComparing(a -> a.getId().toString());

    /**
     * One page of the records, newest first. The organisation's own records and those that name it
     * as the related partner are read apart, each in the order of its own index and only as far as
     * the page reaches, then merged: one condition over both columns could follow neither index, and
     * the database sorted every record of the organisation for each page.
     */
    public List<AuditRecord> page(Query q, int offset, int size) {
        int reach = offset + size;
        List<AuditRecord> own = read(OWN, q, reach);
        List<AuditRecord> related = read(RELATED, q, reach);
        return Stream.concat(own.stream(), related.stream())
                .sorted(ORDER)
                .skip(offset)
                .limit(size)
                .toList();
    }

    private static final String OWN = "a.partnerId = :partner";
    private static final String RELATED =
            "a.relatedPartnerId = :partner AND (a.partnerId IS NULL OR a.partnerId <> :partner)";

    private List<AuditRecord> read(String partner, Query q, int reach) {
        TypedQuery<AuditRecord> query = em.createQuery(
                "SELECT a FROM AuditRecord a WHERE " + partner + filters(q) + " ORDER BY a.at DESC, a.id",
                AuditRecord.class);
        bind(query, q);
        return query.setMaxResults(reach).getResultList();
    }

    /** How many records the query matches (a total kept for a few seconds: {@link Totals}). */
    public long count(Query q) {
        return totals.of(Totals.Kind.AUDIT_RECORDS, q.partnerId(), q, () -> {
            TypedQuery<Long> query = em.createQuery(
                    "SELECT COUNT(a) FROM AuditRecord a WHERE (a.partnerId = :partner OR a.relatedPartnerId = :partner)"
                            + filters(q),
                    Long.class);
            bind(query, q);
            return query.getSingleResult();
        });
    }

    private static String filters(Query q) {
        StringBuilder where = new StringBuilder();
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
