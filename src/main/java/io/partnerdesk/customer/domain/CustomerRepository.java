package io.partnerdesk.customer.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CustomerRepository {

    /** What a customer list may be sorted by. */
    public enum Sort {
        COMPANY_NAME("c.companyName"),
        DOMAIN("c.domain"),
        COUNTRY("c.country"),
        CREATED("c.createdAt");

        private final String path;

        Sort(String path) {
            this.path = path;
        }
    }

    @PersistenceContext
    EntityManager em;

    public Optional<Customer> find(UUID id) {
        return Optional.ofNullable(em.find(Customer.class, id));
    }

    public boolean domainTaken(String domain) {
        return !em.createQuery("SELECT c.id FROM Customer c WHERE LOWER(c.domain) = :domain", UUID.class)
                .setParameter("domain", domain.toLowerCase(Locale.ROOT))
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public void add(Customer customer) {
        em.persist(customer);
    }

    /** The customers whose directory group is one of the given groups (stored in lower case). */
    public List<Customer> findByDirectoryGroups(Collection<String> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Customer c WHERE c.directoryGroup IN :groups", Customer.class)
                .setParameter(
                        "groups",
                        groups.stream().map(g -> g.toLowerCase(Locale.ROOT)).toList())
                .getResultList();
    }

    /**
     * One page of the partner's customers (those with a relationship that is not removed), each with
     * that relationship, filtered by a case-insensitive match on name or domain. Two queries, whatever
     * the page: the customers in sort order, read from the company-name index and checked for a
     * relationship as they go (so the database stops after one page), then their relationships.
     */
    public List<CustomerRelationship> page(
            UUID partnerId, String filter, Sort sort, boolean ascending, int offset, int size) {
        TypedQuery<Customer> query = em.createQuery(
                "SELECT c FROM Customer c WHERE EXISTS (SELECT r.id FROM CustomerRelationship r WHERE r.customer = c"
                        + " AND r.partner.id = :partner AND r.state <> :removed)" + filterClause(filter)
                        + " ORDER BY " + sort.path + (ascending ? " ASC" : " DESC") + ", c.id"
                        + (ascending ? " ASC" : " DESC"),
                Customer.class);
        bind(query, partnerId, filter);
        List<Customer> page = query.setFirstResult(offset).setMaxResults(size).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<UUID, CustomerRelationship> byCustomer = new HashMap<>();
        em.createQuery(
                        "SELECT r FROM CustomerRelationship r WHERE r.partner.id = :partner AND r.customer IN :customers",
                        CustomerRelationship.class)
                .setParameter("partner", partnerId)
                .setParameter("customers", page)
                .getResultList()
                .forEach(r -> byCustomer.put(r.getCustomer().getId(), r));
        return page.stream().map(c -> byCustomer.get(c.getId())).toList();
    }

    /** How many customers the partner has; without a filter, from the relationship index alone. */
    public long count(UUID partnerId, String filter) {
        if (filter == null || filter.isBlank()) {
            return em.createQuery(
                            "SELECT COUNT(r) FROM CustomerRelationship r WHERE r.partner.id = :partner"
                                    + " AND r.state <> :removed",
                            Long.class)
                    .setParameter("partner", partnerId)
                    .setParameter("removed", RelationshipState.REMOVED)
                    .getSingleResult();
        }
        TypedQuery<Long> query = em.createQuery(
                "SELECT COUNT(c) FROM Customer c WHERE EXISTS (SELECT r.id FROM CustomerRelationship r"
                        + " WHERE r.customer = c AND r.partner.id = :partner AND r.state <> :removed)"
                        + filterClause(filter),
                Long.class);
        bind(query, partnerId, filter);
        return query.getSingleResult();
    }

    private static String filterClause(String filter) {
        return filter == null || filter.isBlank()
                ? ""
                : " AND (LOWER(c.companyName) LIKE :filter ESCAPE '\\' OR LOWER(c.domain) LIKE :filter ESCAPE '\\')";
    }

    private static void bind(TypedQuery<?> query, UUID partnerId, String filter) {
        query.setParameter("partner", partnerId).setParameter("removed", RelationshipState.REMOVED);
        if (filter != null && !filter.isBlank()) {
            String escaped = filter.trim()
                    .toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_");
            query.setParameter("filter", "%" + escaped + "%");
        }
    }
}
