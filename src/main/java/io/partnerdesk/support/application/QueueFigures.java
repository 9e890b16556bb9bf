package io.partnerdesk.support.application;

import io.partnerdesk.support.domain.Severity;
import io.partnerdesk.support.domain.SupportRequestStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The whole installation's support queue in two numbers per severity, for the operator's gauges
 * ({@link QueueGauges}): requests open, and open requests whose first response is late. One
 * statement for all of them.
 */
@Stateless
@PermitAll
public class QueueFigures {

    @PersistenceContext(unitName = "partnerdesk")
    EntityManager em;

    /** What the queue holds at one moment. */
    public record Snapshot(Map<Severity, Long> open, long late) {}

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Snapshot now() {
        List<SupportRequestStatus> open = Arrays.stream(SupportRequestStatus.values())
                .filter(SupportRequestStatus::isOpen)
                .toList();
        List<Object[]> rows = em.createQuery(
                        "SELECT r.severity, COUNT(r), SUM(CASE WHEN r.firstRespondedAt IS NULL"
                                + " AND r.firstResponseDue < :now THEN 1 ELSE 0 END)"
                                + " FROM SupportRequest r WHERE r.status IN :open GROUP BY r.severity",
                        Object[].class)
                .setParameter("now", Instant.now())
                .setParameter("open", open)
                .getResultList();
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0L);
        }
        long late = 0;
        for (Object[] row : rows) {
            counts.put((Severity) row[0], ((Number) row[1]).longValue());
            late += row[2] == null ? 0 : ((Number) row[2]).longValue();
        }
        return new Snapshot(counts, late);
    }
}
