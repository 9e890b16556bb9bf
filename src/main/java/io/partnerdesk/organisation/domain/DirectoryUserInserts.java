package io.partnerdesk.organisation.domain;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Adds an account's first record in a transaction of its own. Several requests may find the same
 * account unrecorded at the same moment (its first sign-ins, or its organisation read from the
 * directory meanwhile): one insert wins, the others fail on the key here, out of the way of the
 * requests' own transactions, which then read the winner's record.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DirectoryUserInserts {

    private static final Logger LOG = Logger.getLogger(DirectoryUserInserts.class.getName());

    @PersistenceContext
    EntityManager em;

    /** True when this call recorded the account; false when a record already exists or appeared meanwhile. */
    public boolean insertIfAbsent(DirectoryUser user) {
        if (em.find(DirectoryUser.class, user.getUsername()) != null) {
            return false;
        }
        try {
            em.persist(user);
            em.flush();
            return true;
        } catch (PersistenceException recordedMeanwhile) {
            // The transaction is marked for rollback; the container ends it without an error.
            LOG.log(Level.FINE, "{0} was recorded by someone else meanwhile: {1}", new Object[] {
                user.getUsername(), recordedMeanwhile.toString()
            });
            return false;
        }
    }
}
