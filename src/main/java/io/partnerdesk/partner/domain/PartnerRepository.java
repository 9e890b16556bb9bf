package io.partnerdesk.partner.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PartnerRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Partner> find(UUID id) {
        return Optional.ofNullable(em.find(Partner.class, id));
    }

    public Optional<Partner> findByMpnId(String mpnId) {
        return em.createQuery("SELECT p FROM Partner p WHERE p.mpnId = :mpnId", Partner.class)
                .setParameter("mpnId", mpnId)
                .getResultStream()
                .findFirst();
    }

    /** The operator of the installation, if one has been named. */
    public Optional<Partner> findOperator() {
        return em.createQuery("SELECT p FROM Partner p WHERE p.operator = TRUE", Partner.class)
                .getResultStream()
                .findFirst();
    }

    public void add(Partner partner) {
        em.persist(partner);
    }

    /** The partners whose directory group is one of the given groups (stored in lower case). */
    public List<Partner> findByDirectoryGroups(Collection<String> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM Partner p WHERE p.directoryGroup IN :groups", Partner.class)
                .setParameter(
                        "groups",
                        groups.stream().map(g -> g.toLowerCase(Locale.ROOT)).toList())
                .getResultList();
    }
}
