package io.partnerdesk.notification.application;

import io.partnerdesk.notification.domain.Notice;
import io.partnerdesk.shared.events.OrganisationNotice;
import io.partnerdesk.shared.security.CurrentUser;
import io.partnerdesk.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** In-app notices to organisations: sent with the change that causes them, read on the dashboard. */
@Stateless
public class Notices {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** Records a notice a feature fired, in the transaction of the change it tells about. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void send(@Observes OrganisationNotice notice) {
        em.persist(Notice.of(notice));
    }

    /** The latest notices to the caller's organisation. */
    @RolesAllowed({
        Role.GLOBAL_ADMIN,
        Role.ADMIN_AGENT,
        Role.HELPDESK_AGENT,
        Role.SALES_AGENT,
        Role.USER_MANAGEMENT_ADMIN,
        Role.CUSTOMER_ADMIN
    })
    public List<Notice> latest(int max) {
        if (currentUser.partnerId().isPresent()) {
            return em.createQuery(
                            "SELECT n FROM Notice n WHERE n.partnerId = :org ORDER BY n.createdAt DESC", Notice.class)
                    .setParameter("org", currentUser.partnerId().get())
                    .setMaxResults(max)
                    .getResultList();
        }
        return currentUser
                .customerId()
                .map(customer -> em.createQuery(
                                "SELECT n FROM Notice n WHERE n.customerId = :org ORDER BY n.createdAt DESC",
                                Notice.class)
                        .setParameter("org", customer)
                        .setMaxResults(max)
                        .getResultList())
                .orElse(List.of());
    }
}
