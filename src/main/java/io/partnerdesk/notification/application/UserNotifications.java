package io.partnerdesk.notification.application;

import io.partnerdesk.notification.domain.UserNotification;
import io.partnerdesk.notification.mail.MailSettings;
import io.partnerdesk.notification.mail.OutgoingMail;
import io.partnerdesk.organisation.application.OrganisationMembers;
import io.partnerdesk.organisation.domain.DirectoryUser;
import io.partnerdesk.shared.SystemText;
import io.partnerdesk.shared.persistence.Totals;
import io.partnerdesk.shared.security.CurrentUser;
import io.partnerdesk.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Notifications to people: written in the transaction of the change they tell about, read in the
 * person's notification list, and, when an SMTP server is configured, mailed to the person's
 * directory address after the change has committed, in the language and time zone the person last
 * read PartnerDesk in (English and UTC until known).
 */
@Stateless
public class UserNotifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    Totals totals;

    @Inject
    CurrentUser currentUser;

    @Inject
    MailSettings mailSettings;

    @Inject
    OrganisationMembers organisationMembers;

    @Inject
    Event<OutgoingMail> mails;

    /**
     * The first line of an e-mail that can be answered, in the recipient's language: a reply's text
     * above it becomes a note. Every language's line starts and ends with "##", which is how a reply
     * is cut.
     */
    public static final String REPLY_MARKER_KEY = "mail.replyMarker";

    /** One page of the caller's notifications, newest first, with how many are unread. */
    public record Inbox(long unread, List<UserNotification> items) {}

    /**
     * Notifies each of {@code usernames} (but not the person who caused it) in the current
     * transaction; {@code link} is a page of the portal relative to its root.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void send(Collection<String> usernames, String link, String key, Object... arguments) {
        send(usernames, link, null, key, arguments);
    }

    /**
     * As {@link #send(Collection, String, String, Object...)}, with e-mails that a person can answer:
     * their replies go to {@code replyTo}, and they say so on their first line.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void send(Collection<String> usernames, String link, String replyTo, String key, Object... arguments) {
        Set<String> recipients = new LinkedHashSet<>(usernames);
        if (currentUser.isSignedIn()) {
            recipients.remove(currentUser.getUsername());
        }
        for (String username : recipients) {
            em.persist(new UserNotification(username, link, key, arguments));
            DirectoryUser user = em.find(DirectoryUser.class, username);
            if (mailSettings.isEnabled() && user != null && user.getEmail() != null) {
                Locale language = user.readerLocale();
                String text = SystemText.message(key, language, user.readerZone(), arguments);
                mails.fire(new OutgoingMail(
                        user.getEmail(),
                        "[PartnerDesk] " + text,
                        (replyTo == null ? "" : SystemText.message(REPLY_MARKER_KEY, language, ZoneOffset.UTC) + "\n\n")
                                + text + "\n\n"
                                + (link == null ? mailSettings.publicUrl() : mailSettings.publicUrl() + link) + "\n",
                        replyTo));
            }
        }
    }

    /**
     * The staff of a partner organisation who work support requests, including those who have not
     * signed in yet (read from the directory).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> supportStaffOf(UUID partnerId) {
        return organisationMembers.ofPartner(partnerId).stream()
                .filter(u -> u.holdsAnyOf(Role.SUPPORT_ROLES))
                .map(DirectoryUser::getUsername)
                .toList();
    }

    /** The admins of a customer, including those who have not signed in yet (read from the directory). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> adminsOf(UUID customerId) {
        return organisationMembers.ofCustomer(customerId).stream()
                .filter(u -> u.holdsAnyOf(List.of(Role.CUSTOMER_ADMIN)))
                .map(DirectoryUser::getUsername)
                .toList();
    }

    @RolesAllowed({
        Role.GLOBAL_ADMIN,
        Role.ADMIN_AGENT,
        Role.HELPDESK_AGENT,
        Role.SALES_AGENT,
        Role.USER_MANAGEMENT_ADMIN,
        Role.CUSTOMER_ADMIN
    })
    public Inbox mine(int offset, int size) {
        String me = currentUser.getUsername();
        List<UserNotification> rows = em.createQuery(
                        "SELECT n FROM UserNotification n WHERE n.username = :me ORDER BY n.createdAt DESC, n.id",
                        UserNotification.class)
                .setParameter("me", me)
                .setFirstResult(offset)
                .setMaxResults(size)
                .getResultList();
        return new Inbox(rows.isEmpty() && offset == 0 ? 0 : unread(me), rows);
    }

    /** The person's unread notifications (a total kept for a few seconds: {@link Totals}). */
    private long unread(String username) {
        return totals.of(Totals.Kind.UNREAD_NOTIFICATIONS, username, null, () -> em.createQuery(
                        "SELECT COUNT(n) FROM UserNotification n WHERE n.username = :me AND n.readAt IS NULL",
                        Long.class)
                .setParameter("me", username)
                .getSingleResult());
    }

    /** Marks all the caller's notifications read. */
    @RolesAllowed({
        Role.GLOBAL_ADMIN,
        Role.ADMIN_AGENT,
        Role.HELPDESK_AGENT,
        Role.SALES_AGENT,
        Role.USER_MANAGEMENT_ADMIN,
        Role.CUSTOMER_ADMIN
    })
    public int markAllRead() {
        totals.changed(Totals.Kind.UNREAD_NOTIFICATIONS, currentUser.getUsername());
        return em.createQuery(
                        "UPDATE UserNotification n SET n.readAt = :now WHERE n.username = :me AND n.readAt IS NULL")
                .setParameter("now", Instant.now())
                .setParameter("me", currentUser.getUsername())
                .executeUpdate();
    }
}
