package io.partnerdesk.support.domain;

import io.partnerdesk.shared.persistence.RuntimeMode;
import io.partnerdesk.shared.persistence.Totals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Support requests as their handler's staff and their customer's admins may see them. Every query
 * for staff is cut to the handling partner; every query for a customer to that customer.
 */
@ApplicationScoped
public class SupportRequestRepository {

    private static final String FETCH = "SELECT r FROM SupportRequest r JOIN FETCH r.customer c"
            + " JOIN FETCH r.subscription s JOIN FETCH r.handler h";

    /**
     * The subscription's product comes in the same statement: a join fetch through another join
     * fetch's alias is not followed by the persistence provider, which then read each product on
     * its own (one statement per product on a page).
     */
    private static <T> TypedQuery<T> withProduct(TypedQuery<T> query) {
        return query.setHint("eclipselink.join-fetch", "r.subscription.product");
    }

    /**
     * The queue's filters; null means "any". {@code assignee} {@link #UNASSIGNED} means nobody.
     * {@code breachingOnly}: first response late; {@code dueSoonOnly}: first response due within
     * {@link #DUE_SOON} and not late yet.
     */
    public record QueueFilter(
            SupportRequestStatus status,
            Severity severity,
            UUID customerId,
            String assignee,
            boolean breachingOnly,
            boolean openOnly,
            boolean dueSoonOnly,
            String words) {

        public static final String UNASSIGNED = "-";

        /** The longest search the queue takes. */
        public static final int MAX_WORDS_LENGTH = 200;

        public QueueFilter {
            words = words == null || words.isBlank() ? null : words.strip();
        }

        public QueueFilter(
                SupportRequestStatus status,
                Severity severity,
                UUID customerId,
                String assignee,
                boolean breachingOnly,
                boolean openOnly,
                boolean dueSoonOnly) {
            this(status, severity, customerId, assignee, breachingOnly, openOnly, dueSoonOnly, null);
        }

        /** Whether the queue is searched by words (then ranked by how well they match). */
        public boolean searching() {
            return words != null;
        }

        public static final Duration DUE_SOON = Duration.ofHours(1);

        public QueueFilter(
                SupportRequestStatus status,
                Severity severity,
                UUID customerId,
                String assignee,
                boolean breachingOnly,
                boolean openOnly) {
            this(status, severity, customerId, assignee, breachingOnly, openOnly, false);
        }

        public static QueueFilter none() {
            return new QueueFilter(null, null, null, null, false, false);
        }
    }

    /**
     * A partner's open requests at a glance: by severity, first responses due within the hour and
     * late, assigned to the person asking, and to nobody.
     */
    public record Workload(
            long severityA, long severityB, long severityC, long dueSoon, long late, long assignedToMe, long unassigned)
            implements Serializable {}

    /** The key of a person's workload among the handler's remembered totals. */
    private record WorkloadOf(String username) {}

    /** The statuses of a request still being worked. */
    private static final List<SupportRequestStatus> OPEN = List.of(
            SupportRequestStatus.NEW, SupportRequestStatus.IN_PROGRESS, SupportRequestStatus.WAITING_ON_CUSTOMER);

    @PersistenceContext
    EntityManager em;

    @Inject
    Totals totals;

    @Inject
    RuntimeMode runtimeMode;

    public void add(SupportRequest request) {
        em.persist(request);
    }

    /** The request whose reply address carries this token. */
    public Optional<SupportRequest> findByReplyToken(String token) {
        return withProduct(em.createQuery(FETCH + " WHERE r.replyToken = :token", SupportRequest.class))
                .setParameter("token", token)
                .getResultStream()
                .findFirst();
    }

    public Optional<SupportRequest> find(UUID id) {
        return withProduct(em.createQuery(FETCH + " WHERE r.id = :id", SupportRequest.class))
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /**
     * A request with everything its page shows, in one statement: its notes, the request it was
     * escalated from (with that one's handler), and the copies escalated from it to other partners
     * (rows of the same table, read by the same statement; oldest first).
     */
    public Optional<Detail> findDetail(UUID id) {
        List<SupportRequest> rows = em.createQuery(
                        "SELECT DISTINCT r FROM SupportRequest r JOIN FETCH r.customer c JOIN FETCH r.subscription s"
                                + " JOIN FETCH r.handler h LEFT JOIN FETCH r.notes"
                                + " LEFT JOIN FETCH r.escalatedFrom f LEFT JOIN FETCH f.handler"
                                + " WHERE r.id = :id OR r.escalatedFromId = :id",
                        SupportRequest.class)
                .setHint("eclipselink.join-fetch", "r.subscription.product")
                .setParameter("id", id)
                .getResultList();
        return rows.stream()
                .filter(r -> r.getId().equals(id))
                .findFirst()
                .map(request -> new Detail(
                        request,
                        rows.stream()
                                .filter(r -> r != request)
                                .sorted(java.util.Comparator.comparing(SupportRequest::getCreatedAt))
                                .toList()));
    }

    /**
     * One line of the SLA report: the handler's requests of one month (UTC) and severity, the median
     * and 90th percentile of their first-response times in minutes (null while none was answered),
     * and how many were answered late or are still unanswered past their due time.
     */
    public record SlaLine(
            YearMonth month, Severity severity, long requests, Double p50Minutes, Double p90Minutes, long breached)
            implements Serializable {}

    /**
     * The SLA report of the handler's requests opened from {@code from} (inclusive) to {@code until}
     * (exclusive), month by month and severity by severity, in one statement over the handler's
     * requests of those months (the index on handler and creation time).
     */
    public List<SlaLine> slaReport(UUID handlerId, Instant from, Instant until, Instant now) {
        String minutes = runtimeMode.isEmbeddedDatabase()
                ? "DATEDIFF('SECOND', created_at, first_responded_at) / 60.0"
                : "EXTRACT(EPOCH FROM (first_responded_at - created_at)) / 60";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT EXTRACT(YEAR FROM created_at), EXTRACT(MONTH FROM created_at),"
                                + " severity, COUNT(*),"
                                + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY " + minutes + "),"
                                + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY " + minutes + "),"
                                + " SUM(CASE WHEN (first_responded_at IS NOT NULL AND first_responded_at > first_response_due)"
                                + " OR (first_responded_at IS NULL AND first_response_due < ?4) THEN 1 ELSE 0 END)"
                                + " FROM support_request WHERE handler_id = ?1 AND created_at >= ?2 AND created_at < ?3"
                                + " GROUP BY EXTRACT(YEAR FROM created_at), EXTRACT(MONTH FROM created_at), severity")
                .setParameter(1, handlerId.toString())
                .setParameter(2, Timestamp.from(from))
                .setParameter(3, Timestamp.from(until))
                .setParameter(4, Timestamp.from(now))
                .getResultList();
        return rows.stream()
                .map(row -> new SlaLine(
                        YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
                        Severity.valueOf(String.valueOf(row[2]).trim()),
                        ((Number) row[3]).longValue(),
                        row[4] == null ? null : ((Number) row[4]).doubleValue(),
                        row[5] == null ? null : ((Number) row[5]).doubleValue(),
                        ((Number) row[6]).longValue()))
                .sorted(java.util.Comparator.comparing(SlaLine::month).thenComparing(SlaLine::severity))
                .toList();
    }

    /** The most requests a search ranks: the best matches of the words, then filtered. */
    public static final int MAX_MATCHES = 500;

    /** The key of a search's ranked matches among the handler's remembered figures. */
    private record Search(QueueFilter filter) {}

    /**
     * The ids of the handler's requests whose title, description or notes hold every word, the best
     * match first, narrowed by the filter's other conditions: two statements, and remembered for a few
     * seconds like the queue's totals (so a page and its count search once). PostgreSQL ranks by its
     * full-text search (GIN indexes, 'simple' configuration: English and Turkish alike); the embedded
     * database matches each word as a part of the text, the newest request first.
     */
    private List<UUID> matches(UUID handlerId, QueueFilter filter, Instant now) {
        return totals.kept(Totals.Kind.SUPPORT_REQUESTS, handlerId, new Search(filter), () -> {
            List<UUID> ranked = runtimeMode.isEmbeddedDatabase()
                    ? matchedByLike(handlerId, filter.words())
                    : matchedByFullText(handlerId, filter.words());
            if (ranked.isEmpty()) {
                return List.of();
            }
            TypedQuery<UUID> narrowed = em.createQuery(
                    "SELECT r.id FROM SupportRequest r WHERE r.handler.id = :handler AND r.id IN :ids" + where(filter),
                    UUID.class);
            bind(narrowed, handlerId, filter, now);
            Set<UUID> kept = new HashSet<>(narrowed.setParameter("ids", ranked).getResultList());
            return ranked.stream().filter(kept::contains).toList();
        });
    }

    @SuppressWarnings("unchecked")
    private List<UUID> matchedByFullText(UUID handlerId, String words) {
        List<Object> rows = em.createNativeQuery("SELECT m.id FROM ("
                        + " SELECT r.id, ts_rank(r.search_document, q.query) AS rank"
                        + " FROM support_request r, plainto_tsquery('simple', ?1) q(query)"
                        + " WHERE r.handler_id = ?2 AND r.search_document @@ q.query"
                        + " UNION ALL"
                        + " SELECT n.support_request_id, ts_rank(to_tsvector('simple', n.body), q.query) / 2"
                        + " FROM support_request_note n JOIN support_request r ON r.id = n.support_request_id,"
                        + " plainto_tsquery('simple', ?1) q(query)"
                        + " WHERE r.handler_id = ?2 AND to_tsvector('simple', n.body) @@ q.query) m"
                        + " GROUP BY m.id ORDER BY SUM(m.rank) DESC, m.id LIMIT ?3")
                .setParameter(1, words)
                .setParameter(2, handlerId.toString())
                .setParameter(3, MAX_MATCHES)
                .getResultList();
        return rows.stream().map(id -> UUID.fromString(id.toString())).toList();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> matchedByLike(UUID handlerId, String words) {
        List<String> parts = Arrays.stream(words.toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isEmpty())
                .limit(10)
                .toList();
        StringBuilder sql = new StringBuilder("SELECT r.id FROM support_request r WHERE r.handler_id = ?1");
        for (int i = 0; i < parts.size(); i++) {
            int p = i + 2;
            sql.append(" AND (LOWER(r.title) LIKE ?")
                    .append(p)
                    .append(" ESCAPE '\\' OR LOWER(r.description) LIKE ?")
                    .append(p)
                    .append(" ESCAPE '\\' OR EXISTS (SELECT 1 FROM support_request_note n"
                            + " WHERE n.support_request_id = r.id AND LOWER(n.body) LIKE ?")
                    .append(p)
                    .append(" ESCAPE '\\'))");
        }
        sql.append(" ORDER BY r.created_at DESC, r.id LIMIT ").append(MAX_MATCHES);
        jakarta.persistence.Query query = em.createNativeQuery(sql.toString()).setParameter(1, handlerId.toString());
        for (int i = 0; i < parts.size(); i++) {
            query.setParameter(
                    i + 2,
                    "%" + parts.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        List<Object> rows = query.getResultList();
        return rows.stream().map(id -> UUID.fromString(id.toString())).toList();
    }

    /** A request and the copies escalated from it. */
    public record Detail(SupportRequest request, List<SupportRequest> escalations) {}

    /**
     * One page of the handler's queue, the soonest first-response due first: from {@code after} when
     * given (keyset paging: the index leads straight to it), else skipping {@code offset} rows.
     */
    public List<SupportRequest> queue(
            UUID handlerId, QueueFilter filter, Instant now, QueuePosition after, int offset, int size) {
        if (filter.searching()) {
            List<UUID> ranked = matches(handlerId, filter, now);
            List<UUID> page = ranked.subList(Math.min(offset, ranked.size()), Math.min(offset + size, ranked.size()));
            if (page.isEmpty()) {
                return List.of();
            }
            Map<UUID, SupportRequest> rows = new HashMap<>();
            withProduct(em.createQuery(FETCH + " WHERE h.id = :handler AND r.id IN :ids", SupportRequest.class))
                    .setParameter("handler", handlerId)
                    .setParameter("ids", page)
                    .getResultList()
                    .forEach(r -> rows.put(r.getId(), r));
            return page.stream().map(rows::get).filter(Objects::nonNull).toList();
        }
        String from = after == null
                ? ""
                : " AND (r.firstResponseDue > :afterDue OR (r.firstResponseDue = :afterDue"
                        + " AND (r.createdAt > :afterCreated OR (r.createdAt = :afterCreated AND r.id > :afterId))))";
        TypedQuery<SupportRequest> query = withProduct(em.createQuery(
                FETCH + " WHERE h.id = :handler" + where(filter) + from
                        + " ORDER BY r.firstResponseDue, r.createdAt, r.id",
                SupportRequest.class));
        bind(query, handlerId, filter, now);
        if (after != null) {
            query.setParameter("afterDue", after.firstResponseDue())
                    .setParameter("afterCreated", after.createdAt())
                    .setParameter("afterId", after.id());
        }
        return query.setFirstResult(after == null ? offset : 0)
                .setMaxResults(size)
                .getResultList();
    }

    /** How many requests of the handler's queue the filter matches (a total kept for a few seconds: {@link Totals}). */
    public long countQueue(UUID handlerId, QueueFilter filter, Instant now) {
        if (filter.searching()) {
            return matches(handlerId, filter, now).size();
        }
        return totals.of(Totals.Kind.SUPPORT_REQUESTS, handlerId, filter, () -> {
            TypedQuery<Long> query = em.createQuery(
                    "SELECT COUNT(r) FROM SupportRequest r WHERE r.handler.id = :handler" + where(filter), Long.class);
            bind(query, handlerId, filter, now);
            return query.getSingleResult();
        });
    }

    /**
     * The handler's open requests at a glance for {@code username}, in one statement (kept for a few
     * seconds and counted again when a request of the handler changes: {@link Totals}).
     */
    public Workload workload(UUID handlerId, String username, Instant now) {
        return totals.kept(Totals.Kind.SUPPORT_REQUESTS, handlerId, new WorkloadOf(username), () -> {
            Object[] row = em.createQuery(
                            "SELECT SUM(CASE WHEN r.severity = :a THEN 1 ELSE 0 END),"
                                    + " SUM(CASE WHEN r.severity = :b THEN 1 ELSE 0 END),"
                                    + " SUM(CASE WHEN r.severity = :c THEN 1 ELSE 0 END),"
                                    + " SUM(CASE WHEN r.firstRespondedAt IS NULL AND r.firstResponseDue > :now"
                                    + " AND r.firstResponseDue <= :soon THEN 1 ELSE 0 END),"
                                    + " SUM(CASE WHEN r.firstRespondedAt IS NULL AND r.firstResponseDue <= :now"
                                    + " THEN 1 ELSE 0 END),"
                                    + " SUM(CASE WHEN r.assignee = :me THEN 1 ELSE 0 END),"
                                    + " SUM(CASE WHEN r.assignee IS NULL THEN 1 ELSE 0 END)"
                                    + " FROM SupportRequest r WHERE r.handler.id = :handler AND r.status IN :open",
                            Object[].class)
                    .setParameter("a", Severity.A)
                    .setParameter("b", Severity.B)
                    .setParameter("c", Severity.C)
                    .setParameter("now", now)
                    .setParameter("soon", now.plus(QueueFilter.DUE_SOON))
                    .setParameter("me", username)
                    .setParameter("handler", handlerId)
                    .setParameter("open", OPEN)
                    .getSingleResult();
            return new Workload(
                    count(row[0]),
                    count(row[1]),
                    count(row[2]),
                    count(row[3]),
                    count(row[4]),
                    count(row[5]),
                    count(row[6]));
        });
    }

    /** How many requests a handler received, and resolved or closed, on one day (UTC). */
    public record DailyCount(LocalDate day, long opened, long resolved) implements Serializable {}

    /**
     * The handler's requests received and resolved or closed per day (UTC) from {@code firstDay} to
     * {@code lastDay}, every day listed, zeros included; a request counts as resolved on the day of
     * its last change. One statement (the two groupings in one UNION), kept as the totals are.
     */
    public List<DailyCount> dailyActivity(UUID handlerId, LocalDate firstDay, LocalDate lastDay) {
        return totals.kept(Totals.Kind.SUPPORT_REQUESTS, handlerId, new DailyOf(firstDay, lastDay), () -> {
            Timestamp from =
                    Timestamp.from(firstDay.atStartOfDay(ZoneOffset.UTC).toInstant());
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                            "SELECT 'O', CAST(created_at AS DATE), COUNT(*) FROM support_request"
                                    + " WHERE handler_id = ?1 AND created_at >= ?2 GROUP BY CAST(created_at AS DATE)"
                                    + " UNION ALL"
                                    + " SELECT 'R', CAST(changed_at AS DATE), COUNT(*) FROM support_request"
                                    + " WHERE handler_id = ?1 AND status IN ('RESOLVED', 'CLOSED') AND changed_at >= ?2"
                                    + " GROUP BY CAST(changed_at AS DATE)")
                    .setParameter(1, handlerId.toString())
                    .setParameter(2, from)
                    .getResultList();
            int days = (int) ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
            long[] opened = new long[days];
            long[] resolved = new long[days];
            for (Object[] row : rows) {
                int i = (int) ChronoUnit.DAYS.between(firstDay, ((Date) row[1]).toLocalDate());
                if (i < 0 || i >= days) {
                    continue;
                }
                long count = ((Number) row[2]).longValue();
                if ("O".equals(String.valueOf(row[0]).trim())) {
                    opened[i] += count;
                } else {
                    resolved[i] += count;
                }
            }
            List<DailyCount> counts = new ArrayList<>(days);
            for (int i = 0; i < days; i++) {
                counts.add(new DailyCount(firstDay.plusDays(i), opened[i], resolved[i]));
            }
            return counts;
        });
    }

    /** The key of a span of days among the handler's remembered totals. */
    private record DailyOf(LocalDate firstDay, LocalDate lastDay) {}

    private static long count(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    /** The customer's own requests (not the copies escalated between partners), newest first. */
    public List<SupportRequest> ofCustomer(UUID customerId, int offset, int size) {
        return withProduct(em.createQuery(
                        FETCH + " WHERE c.id = :customer AND r.escalatedFrom IS NULL ORDER BY r.createdAt DESC, r.id",
                        SupportRequest.class))
                .setParameter("customer", customerId)
                .setFirstResult(offset)
                .setMaxResults(size)
                .getResultList();
    }

    public long countOfCustomer(UUID customerId) {
        return countOwn(customerId, false);
    }

    /** How many of the customer's own requests are still open (kept as the other totals are). */
    public long countOpenOfCustomer(UUID customerId) {
        return countOwn(customerId, true);
    }

    private long countOwn(UUID customerId, boolean openOnly) {
        return totals.of(
                Totals.Kind.SUPPORT_REQUESTS, customerId, openOnly ? "own open requests" : "own requests", () -> {
                    TypedQuery<Long> query = em.createQuery(
                                    "SELECT COUNT(r) FROM SupportRequest r WHERE r.customer.id = :customer"
                                            + " AND r.escalatedFrom IS NULL"
                                            + (openOnly ? " AND r.status IN :open" : ""),
                                    Long.class)
                            .setParameter("customer", customerId);
                    if (openOnly) {
                        query.setParameter("open", OPEN);
                    }
                    return query.getSingleResult();
                });
    }

    /** The copies of a request that were escalated to other partners. */
    public List<SupportRequest> escalationsOf(UUID requestId) {
        return withProduct(em.createQuery(
                        FETCH + " WHERE r.escalatedFrom.id = :id ORDER BY r.createdAt", SupportRequest.class))
                .setParameter("id", requestId)
                .getResultList();
    }

    /** Unanswered open requests whose first response is due before {@code until} and not yet flagged. */
    public List<SupportRequest> dueBefore(Instant until, boolean breach, int max) {
        return withProduct(em.createQuery(
                        FETCH + " WHERE r.firstRespondedAt IS NULL AND r.firstResponseDue <= :until"
                                + " AND r.status IN :open"
                                + (breach ? " AND r.slaBreachNotified = FALSE" : " AND r.slaWarned = FALSE")
                                + " ORDER BY r.firstResponseDue",
                        SupportRequest.class))
                .setParameter("until", until)
                .setParameter("open", OPEN)
                .setMaxResults(max)
                .getResultList();
    }

    private static String where(QueueFilter f) {
        StringBuilder where = new StringBuilder();
        if (f.status() != null) {
            where.append(" AND r.status = :status");
        } else if (f.openOnly()) {
            where.append(" AND r.status IN :open");
        }
        if (f.severity() != null) {
            where.append(" AND r.severity = :severity");
        }
        if (f.customerId() != null) {
            where.append(" AND r.customer.id = :customer");
        }
        if (QueueFilter.UNASSIGNED.equals(f.assignee())) {
            where.append(" AND r.assignee IS NULL");
        } else if (f.assignee() != null) {
            where.append(" AND r.assignee = :assignee");
        }
        if (f.breachingOnly()) {
            where.append(
                    " AND r.firstRespondedAt IS NULL AND r.firstResponseDue <= :now" + " AND r.status IN :breachable");
        }
        if (f.dueSoonOnly()) {
            where.append(" AND r.firstRespondedAt IS NULL AND r.firstResponseDue > :now AND r.firstResponseDue <= :soon"
                    + " AND r.status IN :breachable");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, UUID handlerId, QueueFilter f, Instant now) {
        query.setParameter("handler", handlerId);
        if (f.status() != null) {
            query.setParameter("status", f.status());
        } else if (f.openOnly()) {
            query.setParameter("open", OPEN);
        }
        if (f.severity() != null) {
            query.setParameter("severity", f.severity());
        }
        if (f.customerId() != null) {
            query.setParameter("customer", f.customerId());
        }
        if (f.assignee() != null && !QueueFilter.UNASSIGNED.equals(f.assignee())) {
            query.setParameter("assignee", f.assignee());
        }
        if (f.breachingOnly() || f.dueSoonOnly()) {
            query.setParameter("now", now).setParameter("breachable", OPEN);
        }
        if (f.dueSoonOnly()) {
            query.setParameter("soon", now.plus(QueueFilter.DUE_SOON));
        }
    }
}
