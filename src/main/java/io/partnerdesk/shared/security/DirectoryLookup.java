package io.partnerdesk.shared.security;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads people from the directory: a person's name and e-mail for display, and the members of an
 * organisation's group so that the portal can reach staff who have not signed in yet. Never used to
 * let anyone in (that is the identity store's job). It connects as sign-in does: LDAPS, or StartTLS
 * when that is on.
 */
@ApplicationScoped
public class DirectoryLookup {

    private static final Logger LOG = Logger.getLogger(DirectoryLookup.class.getName());

    @Inject
    DirectorySettings settings;

    @Inject
    DirectoryConnections connections;

    /** A person as the directory names them. */
    public record Person(String displayName, String email) {}

    /** A member of a group: the account, its name and e-mail, and every group it belongs to. */
    public record Member(String username, String displayName, String email, Set<String> groups) {}

    /** The directory could not be read; whoever asked keeps what it knew. */
    public static class DirectoryUnavailable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        DirectoryUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public Optional<Person> find(String username) {
        String base =
                settings.getCallerSearchBase().isBlank() ? settings.getCallerBaseDn() : settings.getCallerSearchBase();
        Filter filter = Filter.createEqualityFilter(settings.getCallerNameAttribute(), username);
        try (LDAPConnection connection = connect()) {
            SearchResultEntry entry =
                    connection.searchForEntry(base, SearchScope.SUB, filter, "cn", "displayName", "mail");
            if (entry == null) {
                return Optional.empty();
            }
            String name = entry.getAttributeValue("displayName");
            if (name == null) {
                name = entry.getAttributeValue("cn");
            }
            return Optional.of(new Person(name == null ? username : name, entry.getAttributeValue("mail")));
        } catch (LDAPException | GeneralSecurityException e) {
            LOG.log(Level.FINE, "No display name for " + username, e);
            return Optional.empty();
        }
    }

    /**
     * The accounts that are members of the group named {@code group} (found below the group search
     * base by its {@code cn}), each with all its groups as the identity store finds them at sign-in:
     * the configured group search with the member's DN. Member values that name no account (such as
     * the placeholder a {@code groupOfNames} needs) are left out; an unknown group has no members.
     *
     * @throws DirectoryUnavailable when the directory cannot be reached or searched
     */
    public List<Member> membersOf(String group) {
        String nameAttribute = settings.getCallerNameAttribute();
        try (LDAPConnection connection = connect()) {
            SearchResultEntry groupEntry = connection.searchForEntry(
                    settings.getGroupSearchBase(), SearchScope.SUB, Filter.createEqualityFilter("cn", group), "member");
            if (groupEntry == null || !groupEntry.hasAttribute("member")) {
                return List.of();
            }
            List<Member> members = new ArrayList<>();
            for (String dn : groupEntry.getAttributeValues("member")) {
                SearchResultEntry entry = connection.getEntry(dn, nameAttribute, "cn", "displayName", "mail");
                String username = entry == null ? null : entry.getAttributeValue(nameAttribute);
                if (username == null) {
                    continue;
                }
                String name = entry.getAttributeValue("displayName");
                if (name == null) {
                    name = entry.getAttributeValue("cn");
                }
                members.add(new Member(
                        username,
                        name == null ? username : name,
                        entry.getAttributeValue("mail"),
                        groupsOf(connection, dn)));
            }
            return members;
        } catch (LDAPException | GeneralSecurityException e) {
            throw new DirectoryUnavailable("The members of " + group + " could not be read: " + e.getMessage(), e);
        }
    }

    private Set<String> groupsOf(LDAPConnection connection, String dn) throws LDAPException {
        Filter filter = Filter.create(String.format(settings.getGroupSearchFilter(), Filter.encodeValue(dn)));
        Set<String> groups = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (SearchResultEntry entry : connection
                .search(settings.getGroupSearchBase(), SearchScope.SUB, filter, "cn")
                .getSearchEntries()) {
            String[] names = entry.getAttributeValues("cn");
            if (names != null) {
                groups.addAll(List.of(names));
            }
        }
        return groups;
    }

    private LDAPConnection connect() throws LDAPException, GeneralSecurityException {
        LDAPConnection connection = connections.open();
        try {
            connections.bindAsService(connection);
            return connection;
        } catch (LDAPException e) {
            connection.close();
            throw e;
        }
    }
}
