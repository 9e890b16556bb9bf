package io.partnerdesk.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DirectoryUserRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<DirectoryUser> find(String username) {
        return Optional.ofNullable(em.find(DirectoryUser.class, username));
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
            user = new DirectoryUser(username);
            user.update(displayName, email, partnerId, customerId, roles, at);
            em.persist(user);
            return;
        }
        boolean unchanged = Objects.equals(user.getDisplayName(), displayName)
                && Objects.equals(user.getEmail(), email)
                && Objects.equals(user.getPartnerId(), partnerId)
                && Objects.equals(user.getCustomerId(), customerId)
                && Objects.equals(user.getRoles(), roles)
                && user.getLastSignInAt().isAfter(at.minusSeconds(3600));
        if (!unchanged) {
            user.update(displayName, email, partnerId, customerId, roles, at);
        }
    }
}
