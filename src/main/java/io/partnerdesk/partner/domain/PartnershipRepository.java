package io.partnerdesk.partner.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class PartnershipRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<ResellerPartnership> find(UUID providerId, UUID resellerId) {
        return em.createQuery(
                        "SELECT p FROM ResellerPartnership p WHERE p.provider.id = :provider AND p.reseller.id = :reseller",
                        ResellerPartnership.class)
                .setParameter("provider", providerId)
                .setParameter("reseller", resellerId)
                .getResultStream()
                .findFirst();
    }

    /**
     * The partnership, its row locked until the transaction ends. Whoever decides that the reseller
     * may be a support contact and whoever ends the partnership both take it, so one of them sees
     * what the other did.
     */
    public Optional<ResellerPartnership> findForUpdate(UUID providerId, UUID resellerId) {
        return em.createQuery(
                        "SELECT p FROM ResellerPartnership p WHERE p.provider.id = :provider AND p.reseller.id = :reseller",
                        ResellerPartnership.class)
                .setParameter("provider", providerId)
                .setParameter("reseller", resellerId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** The partnerships in which the given partner is the provider, with their resellers. */
    public List<ResellerPartnership> ofProvider(UUID providerId) {
        return em.createQuery(
                        "SELECT p FROM ResellerPartnership p JOIN FETCH p.reseller WHERE p.provider.id = :provider"
                                + " ORDER BY p.reseller.name",
                        ResellerPartnership.class)
                .setParameter("provider", providerId)
                .getResultList();
    }

    /** The resellers the provider invited who have not accepted yet, the longest waiting first. */
    public List<ResellerPartnership> invitedBy(UUID providerId, int max) {
        return em.createQuery(
                        "SELECT p FROM ResellerPartnership p JOIN FETCH p.reseller WHERE p.provider.id = :provider"
                                + " AND p.state = :invited ORDER BY p.invitedAt, p.id",
                        ResellerPartnership.class)
                .setParameter("provider", providerId)
                .setParameter("invited", PartnershipState.INVITED)
                .setMaxResults(max)
                .getResultList();
    }

    /** The partnerships in which the given partner is the reseller, with their providers. */
    public List<ResellerPartnership> ofReseller(UUID resellerId) {
        return em.createQuery(
                        "SELECT p FROM ResellerPartnership p JOIN FETCH p.provider WHERE p.reseller.id = :reseller"
                                + " ORDER BY p.provider.name",
                        ResellerPartnership.class)
                .setParameter("reseller", resellerId)
                .getResultList();
    }

    public void add(ResellerPartnership partnership) {
        em.persist(partnership);
    }

    public void add(PartnershipInvitation invitation) {
        em.persist(invitation);
    }

    public Optional<PartnershipInvitation> findInvitation(String token) {
        return Optional.ofNullable(em.find(PartnershipInvitation.class, token));
    }

    /**
     * The invitation, its row locked until the transaction ends: of two acceptances at the same
     * moment the second waits, then reads it as used.
     */
    public Optional<PartnershipInvitation> findInvitationForUpdate(String token) {
        return Optional.ofNullable(em.find(PartnershipInvitation.class, token, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The support offerings the given partners published, by partner, in one statement. */
    public Map<UUID, SupportOffering> findOfferings(Collection<UUID> partnerIds) {
        if (partnerIds.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery("SELECT o FROM SupportOffering o WHERE o.partnerId IN :ids", SupportOffering.class)
                .setParameter("ids", Set.copyOf(partnerIds))
                .getResultList()
                .stream()
                .collect(Collectors.toMap(SupportOffering::getPartnerId, o -> o));
    }

    public Optional<SupportOffering> findOffering(UUID partnerId) {
        return Optional.ofNullable(em.find(SupportOffering.class, partnerId));
    }

    public void add(SupportOffering offering) {
        em.persist(offering);
    }
}
