package io.partnerdesk.organisation.application;

import io.partnerdesk.organisation.domain.DirectoryUser;
import io.partnerdesk.organisation.domain.DirectoryUserRepository;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The people of an organisation: a partner's staff, a customer's admins, whether or not they have
 * ever signed in. Notifications and "assign to a colleague" ask here.
 *
 * <p>The directory is the authority on who belongs where, and the portal's own record
 * ({@code directory_user}) only learns about a person at sign-in. So before answering, this reads
 * the organisation's members from the directory, when its last read is older than
 * {@code partnerdesk.directory.members-max-age-seconds} (5 minutes by default, 0 reads every time),
 * and records them. Reading on demand, one organisation at a time, costs a few directory searches
 * only for the organisations that something actually happens to; a scheduled copy of the whole
 * directory would read every customer's group (100,000 of them) to serve the few that file a request,
 * and would still miss a colleague added a minute ago. When the directory cannot be read, the people
 * last recorded are the answer. The last-read times are per instance; a second instance reading the
 * same organisation again is harmless.
 */
@ApplicationScoped
public class OrganisationMembers {

    private static final Logger LOG = Logger.getLogger(OrganisationMembers.class.getName());
    private static final int MAX_REMEMBERED = 10_000;

    @Inject
    OrganisationDirectoryReader reader;

    @Inject
    DirectoryUserRepository directoryUsers;

    @Inject
    @ConfigProperty(name = "partnerdesk.directory.members-max-age-seconds", defaultValue = "300")
    long maxAgeSeconds;

    private final Map<String, Instant> lastRead = new ConcurrentHashMap<>();

    /** The partner's staff as recorded after reading the directory, by user name. */
    public List<DirectoryUser> ofPartner(UUID partnerId) {
        readIfStale("partner " + partnerId, () -> reader.readPartner(partnerId));
        return directoryUsers.ofPartner(partnerId);
    }

    /** The customer's admins as recorded after reading the directory, by user name. */
    public List<DirectoryUser> ofCustomer(UUID customerId) {
        readIfStale("customer " + customerId, () -> reader.readCustomer(customerId));
        return directoryUsers.ofCustomer(customerId);
    }

    private void readIfStale(String organisation, Runnable read) {
        Instant now = Instant.now();
        Instant last = lastRead.get(organisation);
        if (last != null && last.plusSeconds(maxAgeSeconds).isAfter(now)) {
            return;
        }
        try {
            read.run();
        } catch (EJBException clash) {
            // Another instance or a sign-in recorded the same account at the same moment; what
            // they recorded serves as well.
            LOG.log(Level.INFO, "The members of {0} were not recorded this time: {1}", new Object[] {
                organisation, clash.toString()
            });
        }
        lastRead.put(organisation, now);
        if (lastRead.size() > MAX_REMEMBERED) {
            lastRead.values().removeIf(at -> !at.plusSeconds(maxAgeSeconds).isAfter(now));
        }
    }
}
