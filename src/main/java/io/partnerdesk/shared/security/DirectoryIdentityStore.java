package io.partnerdesk.shared.security;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.security.GeneralSecurityException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Checks passwords against the directory, the only identity store of the portal: over plain
 * {@code ldap://}, {@code ldaps://}, or {@code ldap://} upgraded with StartTLS, as
 * {@link DirectoryConnections} opens them. It finds the caller's entry (by the DN built from the
 * name under {@code partnerdesk.ldap.caller-base-dn}, or by the caller search with the service
 * account), binds as the caller with the password typed, then finds the caller's groups with the
 * group search; mapping groups to roles stays with {@link GroupRoleMapping}.
 *
 * <p>Every name is escaped where it goes (RFC 4514 in a DN, RFC 4515 in a filter), so a name can
 * never widen a search or point at another entry. The caller's name is the directory's own spelling
 * (the entry's naming attribute), so {@code ALICE} and {@code alice} are one person.
 */
@ApplicationScoped
public class DirectoryIdentityStore implements IdentityStore {

    /** As many groups as are read at most for one caller. */
    static final int MAX_GROUPS = 1000;

    @Inject
    DirectorySettings settings;

    @Inject
    DirectoryConnections connections;

    protected DirectoryIdentityStore() {}

    /** For tests. */
    DirectoryIdentityStore(DirectorySettings settings, DirectoryConnections connections) {
        this.settings = settings;
        this.connections = connections;
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential password) {
            return validate(password);
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    /**
     * The caller and their groups, or {@link CredentialValidationResult#INVALID_RESULT}.
     *
     * @throws DirectoryUnavailable when the directory cannot be reached, refuses StartTLS or
     *     refuses the service account
     */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String name =
                credential.getCaller() == null ? "" : credential.getCaller().strip();
        String password = credential.getPasswordAsString();
        // An empty password would make a simple bind unauthenticated, which directories accept.
        if (name.isEmpty() || password == null || password.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        try (LDAPConnection connection = connections.open()) {
            connections.bindAsService(connection);
            Optional<String> callerDn = callerDn(connection, name);
            if (!bindsAsCaller(connection, callerDn.orElse(unknownCallerDn()), password) || callerDn.isEmpty()) {
                return CredentialValidationResult.INVALID_RESULT;
            }
            // The entry and its groups are read as the service account, where there is one.
            connections.bindAsService(connection);
            SearchResultEntry entry = connection.getEntry(callerDn.get(), settings.getCallerNameAttribute());
            // The entry's own DN, not one built from the name as typed, is what groups list as member.
            String dn = entry == null ? callerDn.get() : entry.getDN();
            return new CredentialValidationResult(
                    null, directorySpelling(entry, name), dn, null, groups(connection, dn));
        } catch (LDAPException | GeneralSecurityException e) {
            throw new DirectoryUnavailable(
                    "The directory at " + settings.getUrl() + " cannot check passwords: " + e.getMessage(), e);
        }
    }

    /**
     * Binds as the caller; false for a wrong password or an entry that does not exist. An unknown
     * name is bound against a DN that names nobody, so that it costs the directory the same work
     * and takes as long as a known name with a wrong password.
     */
    private static boolean bindsAsCaller(LDAPConnection connection, String dn, String password) throws LDAPException {
        try {
            connection.bind(dn, password);
            return true;
        } catch (LDAPException refused) {
            if (refused.getResultCode() == ResultCode.INVALID_CREDENTIALS
                    || refused.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                return false;
            }
            throw refused;
        }
    }

    private String unknownCallerDn() {
        String base =
                settings.getCallerSearchBase().isBlank() ? settings.getCallerBaseDn() : settings.getCallerSearchBase();
        return dnOf("unknown-" + UUID.randomUUID(), base);
    }

    private String dnOf(String name, String base) {
        try {
            return new DN(new RDN(settings.getCallerNameAttribute(), name), new DN(base)).toString();
        } catch (LDAPException e) {
            throw new IllegalStateException("The caller base DN " + base + " is not a DN", e);
        }
    }

    private Optional<String> callerDn(LDAPConnection connection, String name) throws LDAPException {
        if (settings.getCallerSearchBase().isBlank()) {
            return Optional.of(dnOf(name, settings.getCallerBaseDn()));
        }
        Filter filter = Filter.create(String.format(settings.getCallerSearchFilter(), Filter.encodeValue(name)));
        SearchRequest search =
                new SearchRequest(settings.getCallerSearchBase(), SearchScope.SUB, filter, SearchRequest.NO_ATTRIBUTES);
        // Two are enough to know that a name is ambiguous, and an ambiguous name signs nobody in.
        search.setSizeLimit(2);
        search.setTimeLimitSeconds(timeLimitSeconds());
        try {
            SearchResult result = connection.search(search);
            return result.getEntryCount() == 1
                    ? Optional.of(result.getSearchEntries().get(0).getDN())
                    : Optional.empty();
        } catch (LDAPSearchException e) {
            if (e.getResultCode() == ResultCode.SIZE_LIMIT_EXCEEDED) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * The name as the directory spells it: the value of the naming attribute that matches what was
     * typed (an entry may hold several), or its only value.
     */
    private String directorySpelling(SearchResultEntry entry, String typed) {
        String[] values = entry == null ? null : entry.getAttributeValues(settings.getCallerNameAttribute());
        if (values == null || values.length == 0) {
            return typed;
        }
        for (String value : values) {
            if (value.equalsIgnoreCase(typed)) {
                return value;
            }
        }
        return values[0];
    }

    private Set<String> groups(LDAPConnection connection, String callerDn) throws LDAPException {
        Filter filter = Filter.create(String.format(settings.getGroupSearchFilter(), Filter.encodeValue(callerDn)));
        SearchRequest search = new SearchRequest(settings.getGroupSearchBase(), SearchScope.SUB, filter, "cn");
        search.setSizeLimit(MAX_GROUPS);
        search.setTimeLimitSeconds(timeLimitSeconds());
        Set<String> groups = new LinkedHashSet<>();
        for (SearchResultEntry entry : connection.search(search).getSearchEntries()) {
            String[] names = entry.getAttributeValues("cn");
            if (names != null) {
                groups.addAll(List.of(names));
            }
        }
        return groups;
    }

    private int timeLimitSeconds() {
        return Math.max(1, (settings.getReadTimeoutMillis() + 999) / 1000);
    }
}
