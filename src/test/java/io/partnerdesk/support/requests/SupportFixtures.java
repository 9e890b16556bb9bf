package io.partnerdesk.support.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** What the support tests need beyond {@link io.partnerdesk.support.Fixtures}: moving a clock, counting notifications. */
@ApplicationScoped
public class SupportFixtures {

    @PersistenceContext
    EntityManager em;

    /** Sets when a request's first response is due (as if it had been filed long ago). */
    @Transactional
    public void firstResponseDue(UUID requestId, Instant due) {
        em.createQuery("UPDATE SupportRequest r SET r.firstResponseDue = :due WHERE r.id = :id")
                .setParameter("due", due)
                .setParameter("id", requestId)
                .executeUpdate();
    }

    @Transactional
    public long notifications(String username, String key) {
        return em.createQuery(
                        "SELECT COUNT(n) FROM UserNotification n WHERE n.username = :user AND n.message LIKE :key",
                        Long.class)
                .setParameter("user", username)
                .setParameter("key", key + "%")
                .getSingleResult();
    }

    /** How many notifications to the user mention the text (e.g. a request's unique title). */
    @Transactional
    public long notificationsAbout(String username, String key, String text) {
        return em.createQuery(
                        "SELECT COUNT(n) FROM UserNotification n WHERE n.username = :user AND n.message LIKE :key"
                                + " AND n.message LIKE :text",
                        Long.class)
                .setParameter("user", username)
                .setParameter("key", key + "%")
                .setParameter("text", "%" + text + "%")
                .getSingleResult();
    }
}
