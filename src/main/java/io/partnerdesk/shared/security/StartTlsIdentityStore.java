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
import java.util.Optional;
import java.util.Set;

/**
 * Checks passwords against the directory over a connection upgraded with StartTLS, when
 * {@code partnerdesk.ldap.starttls} is on (it validates nothing otherwise, and the built-in LDAP
 * identity store of {@link SecurityConfiguration} does the work). It behaves as that store does:
 * find the caller's entry with the service account, bind as the caller with the password typed,
 * then find the caller's groups with the group search; mapping groups to roles stays with
 * {@link GroupRoleMapping}. Unlike that store it escapes the name and DN it puts into filters.
 */
@ApplicationScoped
public class StartTlsIdentityStore implements IdentityStore {

    /** As many groups as the built-in store reads at most. */
    static final int MAX_GROUPS = 1000;

    @Inject
    DirectorySettings settings;

    @Inject
    DirectoryConnections connections;

    protected StartTlsIdentityStore() {}

    /** For tests. */
    StartTlsIdentityStore(DirectorySettings settings, DirectoryConnections connections) {
        this.settings = settings;
        this.connections = connections;
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return settings.isStartTls()
                ? EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS)
                : EnumSet.noneOf(ValidationType.class);
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
        String name = credential.getCaller();
        String password = credential.getPasswordAsString();
        // An empty password would make a simple bind unauthenticated, which directories accept.
        if (name == null || name.isBlank() || password == null || password.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        try (LDAPConnection connection = connections.open()) {
            connections.bindAsService(connection);
            Optional<String> callerDn = callerDn(connection, name);
            if (callerDn.isEmpty()) {
                return CredentialValidationResult.INVALID_RESULT;
            }
            try {
                connection.bind(callerDn.get(), password);
            } catch (LDAPException refused) {
                if (refused.getResultCode() == ResultCode.INVALID_CREDENTIALS) {
                    return CredentialValidationResult.INVALID_RESULT;
                }
                throw refused;
            }
            // Groups are read as the service account, as the built-in store reads them.
            connections.bindAsService(connection);
            return new CredentialValidationResult(null, name, callerDn.get(), null, groups(connection, callerDn.get()));
        } catch (LDAPException | GeneralSecurityException e) {
            throw new DirectoryUnavailable(
                    "The directory at " + settings.getUrl() + " cannot check passwords: " + e.getMessage(), e);
        }
    }

    private Optional<String> callerDn(LDAPConnection connection, String name) throws LDAPException {
        if (settings.getCallerSearchBase().isBlank()) {
            return Optional.of(
                    new DN(new RDN(settings.getCallerNameAttribute(), name), new DN(settings.getCallerBaseDn()))
                            .toString());
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

    private Set<String> groups(LDAPConnection connection, String callerDn) throws LDAPException {
        Filter filter = Filter.create(String.format(settings.getGroupSearchFilter(), Filter.encodeValue(callerDn)));
        SearchRequest search = new SearchRequest(settings.getGroupSearchBase(), SearchScope.SUB, filter, "cn");
        search.setSizeLimit(MAX_GROUPS);
        search.setTimeLimitSeconds(timeLimitSeconds());
        Set<String> groups = new LinkedHashSet<>();
        for (SearchResultEntry entry : connection.search(search).getSearchEntries()) {
            String[] names = entry.getAttributeValues("cn");
            if (names != null) {
                groups.addAll(java.util.List.of(names));
            }
        }
        return groups;
    }

    private int timeLimitSeconds() {
        return Math.max(1, (settings.getReadTimeoutMillis() + 999) / 1000);
    }
}
