package io.partnerdesk.customer.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RelationshipRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<CustomerRelationship> find(UUID partnerId, UUID customerId) {
        return em.createQuery(
                        "SELECT r FROM CustomerRelationship r WHERE r.partner.id = :partner AND r.customer.id = :customer",
                        CustomerRelationship.class)
                .setParameter("partner", partnerId)
                .setParameter("customer", customerId)
                .getResultStream()
                .findFirst();
    }

    /** The caller's relationship with a customer, if it is one they may see (not removed). */
    public Optional<CustomerRelationship> findVisible(UUID partnerId, UUID customerId) {
        return find(partnerId, customerId).filter(r -> r.getState() != RelationshipState.REMOVED);
    }

    /**
     * The relationship, its row locked until the transaction ends. Whoever decides that the partner
     * may be a support contact and whoever ends its delegated admin privileges or the relationship
     * both take it, so one of them sees what the other did (rule 2 never sees half of it).
     */
    public Optional<CustomerRelationship> findForUpdate(UUID partnerId, UUID customerId) {
        return em.createQuery(
                        "SELECT r FROM CustomerRelationship r WHERE r.partner.id = :partner AND r.customer.id = :customer",
                        CustomerRelationship.class)
                .setParameter("partner", partnerId)
                .setParameter("customer", customerId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** {@link #findForUpdate} of a relationship that is not removed. */
    public Optional<CustomerRelationship> findVisibleForUpdate(UUID partnerId, UUID customerId) {
        return findForUpdate(partnerId, customerId).filter(r -> r.getState() != RelationshipState.REMOVED);
    }

    /** The customer's relationships with the given partners (not removed), with the partners. */
    public List<CustomerRelationship> ofCustomer(UUID customerId, Collection<UUID> partnerIds) {
        if (partnerIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT r FROM CustomerRelationship r JOIN FETCH r.partner p WHERE r.customer.id = :customer"
                                + " AND p.id IN :partners AND r.state <> :removed ORDER BY p.name",
                        CustomerRelationship.class)
                .setParameter("customer", customerId)
                .setParameter("partners", partnerIds)
                .setParameter("removed", RelationshipState.REMOVED)
                .getResultList();
    }

    /** Every relationship of the customer that is not removed, with its partner. */
    public List<CustomerRelationship> ofCustomer(UUID customerId) {
        return em.createQuery(
                        "SELECT r FROM CustomerRelationship r JOIN FETCH r.partner p WHERE r.customer.id = :customer"
                                + " AND r.state <> :removed ORDER BY p.name",
                        CustomerRelationship.class)
                .setParameter("customer", customerId)
                .setParameter("removed", RelationshipState.REMOVED)
                .getResultList();
    }

    /**
     * The partner's active relationships whose delegated admin privileges run out after {@code now}
     * and no later than {@code until}, the soonest first, with their customers: one statement.
     */
    public List<CustomerRelationship> delegatedAdminExpiring(UUID partnerId, Instant now, Instant until, int max) {
        return em.createQuery(
                        "SELECT r FROM CustomerRelationship r JOIN FETCH r.customer WHERE r.partner.id = :partner"
                                + " AND r.state = :active AND r.delegatedAdmin = TRUE"
                                + " AND r.delegatedAdminExpiresAt > :now AND r.delegatedAdminExpiresAt <= :until"
                                + " ORDER BY r.delegatedAdminExpiresAt, r.id",
                        CustomerRelationship.class)
                .setParameter("partner", partnerId)
                .setParameter("active", RelationshipState.ACTIVE)
                .setParameter("now", now)
                .setParameter("until", until)
                .setMaxResults(max)
                .getResultList();
    }

    /** Relationships whose delegated admin privileges ran out before {@code now}. */
    public List<CustomerRelationship> withExpiredDelegatedAdmin(Instant now, int max) {
        return em.createQuery(
                        "SELECT r FROM CustomerRelationship r WHERE r.delegatedAdmin = TRUE"
                                + " AND r.delegatedAdminExpiresAt <= :now",
                        CustomerRelationship.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    public void add(CustomerRelationship relationship) {
        em.persist(relationship);
    }

    public void add(RelationshipRequest request) {
        em.persist(request);
    }

    public Optional<RelationshipRequest> findRequest(String token) {
        return Optional.ofNullable(em.find(RelationshipRequest.class, token));
    }

    /**
     * The request, its row locked until the transaction ends: of two answers at the same moment
     * the second waits, then reads it as decided.
     */
    public Optional<RelationshipRequest> findRequestForUpdate(String token) {
        return Optional.ofNullable(em.find(RelationshipRequest.class, token, LockModeType.PESSIMISTIC_WRITE));
    }
}
