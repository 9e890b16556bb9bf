package io.partnerdesk.organisation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DirectoryUserRepository {

    @PersistenceContext
    EntityManager em;

    @Inject
    DirectoryUserInserts inserts;

    public Optional<DirectoryUser> find(String username) {
        return Optional.ofNullable(em.find(DirectoryUser.class, username));
    }

    /** The accounts known to belong to the partner, by user name. */
    public List<DirectoryUser> ofPartner(UUID partnerId) {
        return em.createQuery(
                        "SELECT u FROM DirectoryUser u WHERE u.partnerId = :partner ORDER BY u.username",
                        DirectoryUser.class)
                .setParameter("partner", partnerId)
                .getResultList();
    }

    /** The accounts known to belong to the customer, by user name. */
    public List<DirectoryUser> ofCustomer(UUID customerId) {
        return em.createQuery(
                        "SELECT u FROM DirectoryUser u WHERE u.customerId = :customer ORDER BY u.username",
                        DirectoryUser.class)
                .setParameter("customer", customerId)
                .getResultList();
    }

    /**
     * Records the language and time zone a person reads PartnerDesk in (for the e-mails they are
     * sent); writes only when they changed, and nothing for an account never seen.
     */
    public void recordReader(String username, String language, String timeZone) {
        DirectoryUser user = em.find(DirectoryUser.class, username);
        if (user != null) {
            user.readsIn(language, timeZone);
        }
    }

    /** Records a sign-in; writes only when something changed or the last record is an hour old. */
    public void recordSignIn(
            String username,
            String displayName,
            String email,
            UUID partnerId,
            UUID customerId,
            String roles,
            Instant at) {
        DirectoryUser user = em.find(DirectoryUser.class, username);
        if (user == null) {
            DirectoryUser first = new DirectoryUser(username);
            first.update(displayName, email, partnerId, customerId, roles, at);
            user = recordFirst(first);
            if (user == null) {
                return;
            }
        }
        boolean unchanged = user.describedAs(displayName, email, partnerId, customerId, roles)
                && user.getLastSignInAt() != null
                && user.getLastSignInAt().isAfter(at.minusSeconds(3600));
        if (!unchanged) {
            user.update(displayName, email, partnerId, customerId, roles, at);
        }
    }

    /**
     * Records an account as the directory describes it now, whether or not it has ever signed in;
     * its last sign-in stays as it was. Writes only what changed.
     */
    public void recordDirectoryEntry(
            String username, String displayName, String email, UUID partnerId, UUID customerId, String roles) {
        DirectoryUser user = em.find(DirectoryUser.class, username);
        if (user == null) {
            DirectoryUser first = new DirectoryUser(username);
            first.describe(displayName, email, partnerId, customerId, roles);
            user = recordFirst(first);
            if (user == null) {
                return;
            }
        }
        if (!user.describedAs(displayName, email, partnerId, customerId, roles)) {
            user.describe(displayName, email, partnerId, customerId, roles);
        }
    }

    /**
     * Inserts the account's first record, or finds the one that someone else inserted at the same
     * moment (then returned, to be brought up to date); null when this call's record is the one.
     * An insert in the caller's transaction would fail it on the key when two requests race.
     */
    private DirectoryUser recordFirst(DirectoryUser first) {
        if (inserts.insertIfAbsent(first)) {
            return null;
        }
        DirectoryUser existing = em.find(DirectoryUser.class, first.getUsername());
        if (existing == null) {
            // The insert failed for another reason than a record of the same name: record it here,
            // where a failure is reported to the caller as before.
            em.persist(first);
        }
        return existing;
    }

    /**
     * Takes the roles away from the organisation's recorded accounts that the directory no longer
     * lists as its members; their names stay for the history they appear in.
     */
    public void withdrawRolesOfFormerMembers(UUID partnerId, UUID customerId, Collection<String> members) {
        List<DirectoryUser> known = partnerId != null ? ofPartner(partnerId) : ofCustomer(customerId);
        for (DirectoryUser user : known) {
            if (!members.contains(user.getUsername()) && !user.getRoles().isEmpty()) {
                user.describe(user.getDisplayName(), user.getEmail(), user.getPartnerId(), user.getCustomerId(), "");
            }
        }
    }
}
