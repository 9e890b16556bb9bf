package io.partnerdesk.shared.security;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads a person's name and e-mail from the directory for display; never used to decide access
 * (that is the identity store's job). It connects as sign-in does: LDAPS, or StartTLS when that is on.
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
