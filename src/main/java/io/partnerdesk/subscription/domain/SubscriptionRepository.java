package io.partnerdesk.subscription.domain;

import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.persistence.Totals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Subscriptions as partner staff may see them: those their organisation provides, resells or
 * supports. Every query fetches what a list shows in the same query.
 */
@ApplicationScoped
public class SubscriptionRepository {

    /**
     * How many of a provider's active subscriptions one partner supports; {@code soldByReseller}
     * of them were sold through a reseller (for the provider's own row: the ones a reseller could
     * be asked to support).
     */
    public record ContactShare(UUID partnerId, String name, long subscriptions, long soldByReseller)
            implements Serializable {}

    @Inject
    Totals totals;

    /**
     * Every query joins the partners through aliases: a path such as {@code s.reseller.id} would be
     * an inner join and silently drop the subscriptions that have no reseller.
     */
    private static final String FETCH = "SELECT s FROM Subscription s JOIN FETCH s.customer c JOIN FETCH s.product pr"
            + " JOIN FETCH s.provider pv JOIN FETCH s.supportContact sc LEFT JOIN FETCH s.reseller rs";

    private static final String VISIBLE_TO = " (pv.id = :partner OR rs.id = :partner OR sc.id = :partner)";

    @PersistenceContext
    EntityManager em;

    /**
     * Writes pending changes now, within the transaction, so that someone else's change committed
     * since this transaction read a subscription is reported as a stale version (412), not as a
     * failed commit.
     */
    public void flushOrStale() {
        try {
            em.flush();
        } catch (OptimisticLockException changedMeanwhile) {
            throw BusinessException.stale("subscription");
        }
    }

    public Optional<Subscription> find(UUID id) {
        return Optional.ofNullable(em.find(Subscription.class, id));
    }

    /**
     * A subscription with its customer, product and designated support contact, in one statement
     * (opening a support request needs all four).
     */
    public Optional<Subscription> findWithSupportContact(UUID id) {
        return em.createQuery(
                        "SELECT s FROM Subscription s JOIN FETCH s.customer JOIN FETCH s.product"
                                + " JOIN FETCH s.supportContact WHERE s.id = :id",
                        Subscription.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    public Optional<Subscription> findVisible(UUID partnerId, UUID customerId, UUID subscriptionId) {
        return em.createQuery(FETCH + " WHERE s.id = :id AND c.id = :customer AND" + VISIBLE_TO, Subscription.class)
                .setParameter("id", subscriptionId)
                .setParameter("customer", customerId)
                .setParameter("partner", partnerId)
                .getResultStream()
                .findFirst();
    }

    public List<Subscription> ofCustomerVisibleTo(UUID partnerId, UUID customerId) {
        return ofCustomerVisibleTo(partnerId, customerId, 0, Integer.MAX_VALUE);
    }

    /** One page of a customer's subscriptions that the partner provides, resells or supports. */
    public List<Subscription> ofCustomerVisibleTo(UUID partnerId, UUID customerId, int offset, int size) {
        return em.createQuery(
                        FETCH + " WHERE c.id = :customer AND s.status <> :deleted AND" + VISIBLE_TO
                                + " ORDER BY pr.name, s.id",
                        Subscription.class)
                .setParameter("customer", customerId)
                .setParameter("partner", partnerId)
                .setParameter("deleted", SubscriptionStatus.DELETED)
                .setFirstResult(offset)
                .setMaxResults(size)
                .getResultList();
    }

    public long countOfCustomerVisibleTo(UUID partnerId, UUID customerId) {
        return em.createQuery(
                        "SELECT COUNT(s) FROM Subscription s JOIN s.customer c JOIN s.provider pv"
                                + " JOIN s.supportContact sc LEFT JOIN s.reseller rs"
                                + " WHERE c.id = :customer AND s.status <> :deleted AND" + VISIBLE_TO,
                        Long.class)
                .setParameter("customer", customerId)
                .setParameter("partner", partnerId)
                .setParameter("deleted", SubscriptionStatus.DELETED)
                .getSingleResult();
    }

    /** The customer's own subscriptions (for the customer's admin), with their contacts. */
    public List<Subscription> ofCustomer(UUID customerId) {
        return em.createQuery(
                        FETCH + " WHERE c.id = :customer AND s.status <> :deleted ORDER BY pr.name, s.id",
                        Subscription.class)
                .setParameter("customer", customerId)
                .setParameter("deleted", SubscriptionStatus.DELETED)
                .getResultList();
    }

    /** Subscriptions the provider provides, for bulk work, filtered by customer or product name. */
    public List<Subscription> pageProvidedBy(UUID providerId, String filter, int offset, int size) {
        TypedQuery<Subscription> query = em.createQuery(
                FETCH + " WHERE pv.id = :partner AND s.status <> :deleted" + filterClause(filter)
                        + " ORDER BY c.companyName, pr.name, s.id",
                Subscription.class);
        bind(query, providerId, filter);
        return query.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    public long countProvidedBy(UUID providerId, String filter) {
        TypedQuery<Long> query = em.createQuery(
                "SELECT COUNT(s) FROM Subscription s JOIN s.customer c JOIN s.product pr WHERE s.provider.id = :partner"
                        + " AND s.status <> :deleted" + filterClause(filter),
                Long.class);
        bind(query, providerId, filter);
        return query.getSingleResult();
    }

    public List<UUID> idsProvidedBy(UUID providerId, String filter, int max) {
        TypedQuery<UUID> query = em.createQuery(
                "SELECT s.id FROM Subscription s JOIN s.customer c JOIN s.product pr WHERE s.provider.id = :partner"
                        + " AND s.status <> :deleted" + filterClause(filter)
                        + " ORDER BY c.companyName, pr.name, s.id",
                UUID.class);
        bind(query, providerId, filter);
        return query.setMaxResults(max).getResultList();
    }

    public List<Subscription> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(FETCH + " WHERE s.id IN :ids", Subscription.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** Subscriptions that the given partner supports for the customer (rule 3). */
    public List<Subscription> supportedBy(UUID contactId, UUID customerId) {
        return em.createQuery(FETCH + " WHERE sc.id = :contact AND c.id = :customer", Subscription.class)
                .setParameter("contact", contactId)
                .setParameter("customer", customerId)
                .getResultList();
    }

    /** Subscriptions of the provider that the given reseller supports (rule 3). */
    public List<Subscription> supportedByResellerOf(UUID resellerId, UUID providerId) {
        return em.createQuery(FETCH + " WHERE sc.id = :contact AND pv.id = :provider", Subscription.class)
                .setParameter("contact", resellerId)
                .setParameter("provider", providerId)
                .getResultList();
    }

    public long countSupportedByResellerOf(UUID resellerId, UUID providerId) {
        return em.createQuery(
                        "SELECT COUNT(s) FROM Subscription s WHERE s.supportContact.id = :contact"
                                + " AND s.provider.id = :provider",
                        Long.class)
                .setParameter("contact", resellerId)
                .setParameter("provider", providerId)
                .getSingleResult();
    }

    /** Active subscriptions the partner provides or resells to the customer (rule 4). */
    public List<Subscription> activeOfPartnerForCustomer(UUID partnerId, UUID customerId) {
        return em.createQuery(
                        FETCH + " WHERE c.id = :customer AND s.status = :active"
                                + " AND (pv.id = :partner OR rs.id = :partner) ORDER BY pr.name",
                        Subscription.class)
                .setParameter("customer", customerId)
                .setParameter("partner", partnerId)
                .setParameter("active", SubscriptionStatus.ACTIVE)
                .getResultList();
    }

    /**
     * The provider's active subscriptions by designated support contact, most first, in one statement
     * (kept for a few seconds and counted again when a subscription of the provider changes: {@link Totals}).
     */
    public List<ContactShare> supportContactsOf(UUID providerId) {
        return totals.kept(Totals.Kind.SUBSCRIPTIONS, providerId, "support-contacts", () -> em
                .createQuery(
                        "SELECT c.id, c.name, COUNT(s), SUM(CASE WHEN s.reseller IS NOT NULL THEN 1 ELSE 0 END)"
                                + " FROM Subscription s JOIN s.supportContact c"
                                + " WHERE s.provider.id = :provider AND s.status = :active GROUP BY c.id, c.name",
                        Object[].class)
                .setParameter("provider", providerId)
                .setParameter("active", SubscriptionStatus.ACTIVE)
                .getResultList()
                .stream()
                .map(row -> new ContactShare(
                        (UUID) row[0],
                        (String) row[1],
                        ((Number) row[2]).longValue(),
                        row[3] == null ? 0 : ((Number) row[3]).longValue()))
                .sorted(Comparator.comparingLong(ContactShare::subscriptions)
                        .reversed()
                        .thenComparing(ContactShare::name))
                .toList());
    }

    public void add(Subscription subscription) {
        em.persist(subscription);
    }

    public List<Product> products() {
        return em.createQuery(
                        "SELECT DISTINCT p FROM Product p LEFT JOIN FETCH p.services ORDER BY p.name", Product.class)
                .getResultList();
    }

    public Optional<Product> findProduct(UUID id) {
        return Optional.ofNullable(em.find(Product.class, id));
    }

    private static String filterClause(String filter) {
        return filter == null || filter.isBlank()
                ? ""
                : " AND (LOWER(c.companyName) LIKE :filter OR LOWER(pr.name) LIKE :filter)";
    }

    private static void bind(TypedQuery<?> query, UUID partnerId, String filter) {
        query.setParameter("partner", partnerId).setParameter("deleted", SubscriptionStatus.DELETED);
        if (filter != null && !filter.isBlank()) {
            query.setParameter(
                    "filter",
                    "%"
                            + filter.trim()
                                    .toLowerCase(Locale.ROOT)
                                    .replace("%", "")
                                    .replace("_", "") + "%");
        }
    }
}
