package io.partnerdesk.testsupport;

import io.partnerdesk.shared.persistence.Totals;
import io.partnerdesk.shared.security.CredentialCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** What the support tests need beyond {@link io.partnerdesk.testsupport.Fixtures}: moving a clock, counting notifications. */
@ApplicationScoped
public class SupportFixtures {

    @PersistenceContext
    EntityManager em;

    @Inject
    CredentialCache credentialCache;

    @Inject
    Totals totals;

    /** Sets when a request's first response is due (as if it had been filed long ago). */
    @Transactional
    public void firstResponseDue(UUID requestId, Instant due) {
        em.createQuery("UPDATE SupportRequest r SET r.firstResponseDue = :due WHERE r.id = :id")
                .setParameter("due", due)
                .setParameter("id", requestId)
                .executeUpdate();
        // A bulk update passes the persistence provider's listeners by: the queue's totals are told here.
        Object[] scopes = em.createQuery(
                        "SELECT r.handler.id, r.customer.id FROM SupportRequest r WHERE r.id = :id", Object[].class)
                .setParameter("id", requestId)
                .getSingleResult();
        totals.changed(Totals.Kind.SUPPORT_REQUESTS, scopes);
    }

    /** Dates a request as if it had been opened at {@code created}, due and first answered at the times given. */
    @Transactional
    public void dated(UUID requestId, Instant created, Instant due, Instant responded) {
        // A null parameter would reach PostgreSQL untyped: "not answered" is written as a literal.
        jakarta.persistence.Query update = em.createQuery(
                        "UPDATE SupportRequest r SET r.createdAt = :created, r.firstResponseDue = :due,"
                                + (responded == null
                                        ? " r.firstRespondedAt = NULL"
                                        : " r.firstRespondedAt = :responded")
                                + " WHERE r.id = :id")
                .setParameter("created", created)
                .setParameter("due", due)
                .setParameter("id", requestId);
        if (responded != null) {
            update.setParameter("responded", responded);
        }
        update.executeUpdate();
        Object[] scopes = em.createQuery(
                        "SELECT r.handler.id, r.customer.id FROM SupportRequest r WHERE r.id = :id", Object[].class)
                .setParameter("id", requestId)
                .getSingleResult();
        totals.changed(Totals.Kind.SUPPORT_REQUESTS, scopes);
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

    /** Forgets that the accounts ever signed in or were read from the directory, as on a fresh install. */
    @Transactional
    public void forgetAccounts(String... usernames) {
        credentialCache.clear();
        em.createQuery("DELETE FROM DirectoryUser u WHERE u.username IN :names")
                .setParameter("names", java.util.List.of(usernames))
                .executeUpdate();
    }

    /** Whether the account has signed in to the portal at least once. */
    @Transactional
    public boolean hasSignedIn(String username) {
        return !em.createQuery(
                        "SELECT u.username FROM DirectoryUser u WHERE u.username = :name AND u.lastSignInAt IS NOT NULL",
                        String.class)
                .setParameter("name", username)
                .getResultList()
                .isEmpty();
    }
}
