package io.partnerdesk.organisation.domain;

import io.partnerdesk.customer.domain.Customer;
import io.partnerdesk.partner.domain.Partner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every partner and every customer, partners first, each by name: one list for the operator, paged
 * over both tables without reading either whole.
 */
@ApplicationScoped
public class OrganisationRepository {

    private static final String PARTNER_MATCH = " WHERE LOWER(p.name) LIKE :filter ESCAPE '\\'"
            + " OR LOWER(p.directoryGroup) LIKE :filter ESCAPE '\\' OR p.mpnId LIKE :filter ESCAPE '\\'";
    private static final String CUSTOMER_MATCH = " WHERE LOWER(c.companyName) LIKE :filter ESCAPE '\\'"
            + " OR LOWER(c.domain) LIKE :filter ESCAPE '\\' OR LOWER(c.directoryGroup) LIKE :filter ESCAPE '\\'";

    @PersistenceContext
    EntityManager em;

    public long count(String filter) {
        return countPartners(filter) + countCustomers(filter);
    }

    public List<Organisation> page(String filter, int offset, int size) {
        List<Organisation> page = new ArrayList<>();
        long partnerCount = countPartners(filter);
        if (offset < partnerCount) {
            bind(
                            em.createQuery(
                                    "SELECT p FROM Partner p" + PARTNER_MATCH + " ORDER BY LOWER(p.name), p.id",
                                    Partner.class),
                            filter)
                    .setFirstResult(offset)
                    .setMaxResults(size)
                    .getResultStream()
                    .map(Organisation::of)
                    .forEach(page::add);
        }
        int left = size - page.size();
        if (left > 0) {
            bind(
                            em.createQuery(
                                    "SELECT c FROM Customer c" + CUSTOMER_MATCH
                                            + " ORDER BY LOWER(c.companyName), c.id",
                                    Customer.class),
                            filter)
                    .setFirstResult((int) Math.max(0, offset - partnerCount))
                    .setMaxResults(left)
                    .getResultStream()
                    .map(Organisation::of)
                    .forEach(page::add);
        }
        return page;
    }

    /** Every organisation that has a directory group (the ones whose people can sign in). */
    public List<Organisation> withDirectoryGroup() {
        List<Organisation> all = new ArrayList<>();
        em.createQuery("SELECT p FROM Partner p WHERE p.directoryGroup IS NOT NULL ORDER BY p.name", Partner.class)
                .getResultStream()
                .map(Organisation::of)
                .forEach(all::add);
        em.createQuery(
                        "SELECT c FROM Customer c WHERE c.directoryGroup IS NOT NULL ORDER BY c.companyName",
                        Customer.class)
                .getResultStream()
                .map(Organisation::of)
                .forEach(all::add);
        return all;
    }

    private long countPartners(String filter) {
        return bind(em.createQuery("SELECT COUNT(p) FROM Partner p" + PARTNER_MATCH, Long.class), filter)
                .getSingleResult();
    }

    private long countCustomers(String filter) {
        return bind(em.createQuery("SELECT COUNT(c) FROM Customer c" + CUSTOMER_MATCH, Long.class), filter)
                .getSingleResult();
    }

    /** Every row matches an absent filter: the pattern is then "%". */
    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String filter) {
        String text = filter == null ? "" : filter.trim().toLowerCase(Locale.ROOT);
        return query.setParameter(
                "filter", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
}
