package io.partnerdesk.shared.security;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the directory is and how to search it. With no {@code partnerdesk.ldap.url} set, PartnerDesk
 * runs its own embedded directory on a loopback port and these values describe that one.
 *
 * <p>The operator sets them in MicroProfile Config or the environment, never in code;
 * {@link DirectoryIdentityStore} and {@link DirectoryConnections} read them.
 */
@Named
@ApplicationScoped
public class DirectorySettings {

    public static final String EMBEDDED_BASE_DN = "dc=partnerdesk,dc=example";

    @Inject
    @ConfigProperty(name = "partnerdesk.ldap.url")
    Optional<String> externalUrl;

    @Inject
    @ConfigProperty(name = "partnerdesk.ldap.port", defaultValue = "10389")
    int embeddedPort;

    @Inject
    @ConfigProperty(name = "partnerdesk.ldap.bind-dn")
    Optional<String> bindDn;

    @Inject
    @ConfigProperty(name = "partnerdesk.ldap.bind-password")
    Optional<String> bindPassword;

    @Inject
    @ConfigProperty(name = "partnerdesk.ldap.caller-base-dn", defaultValue = "ou=people," + EMBEDDED_BASE_DN)
    String callerBaseDn;

    @Inject
    @ConfigProperty(name = "partnerdesk.ldap.caller-search-base")
    Optional<String> callerSearchBase;

    @Inject
    @ConfigProperty(
            name = "partnerdesk.ldap.caller-search-filter",
            defaultValue = "(&(objectClass=inetOrgPerson)(uid=%s))")
    String callerSearchFilter;

    @Inject
    @ConfigProperty(name = "partnerdesk.ldap.caller-name-attribute", defaultValue = "uid")
    String callerNameAttribute;

    @Inject
    @ConfigProperty(name = "partnerdesk.ldap.group-search-base", defaultValue = "ou=groups," + EMBEDDED_BASE_DN)
    String groupSearchBase;

    @Inject
    @ConfigProperty(
            name = "partnerdesk.ldap.group-search-filter",
            defaultValue = "(&(objectClass=groupOfNames)(member=%s))")
    String groupSearchFilter;

    @Inject
    @ConfigProperty(name = "partnerdesk.ldap.read-timeout-ms", defaultValue = "5000")
    int readTimeoutMillis;

    @Inject
    @ConfigProperty(name = "partnerdesk.ldap.starttls", defaultValue = "false")
    boolean startTls;

    public boolean isEmbedded() {
        return externalUrl.filter(url -> !url.isBlank()).isEmpty();
    }

    public String getUrl() {
        return isEmbedded() ? "ldap://127.0.0.1:" + embeddedPort : externalUrl.orElseThrow();
    }

    public int getEmbeddedPort() {
        return embeddedPort;
    }

    public String getBindDn() {
        return bindDn.orElse("");
    }

    public String getBindPassword() {
        return bindPassword.orElse("");
    }

    /** Empty when callers are found by search below {@link #getCallerSearchBase()}. */
    public String getCallerBaseDn() {
        return getCallerSearchBase().isBlank() ? callerBaseDn : "";
    }

    public String getCallerSearchBase() {
        return callerSearchBase.orElse("");
    }

    public String getCallerSearchFilter() {
        return callerSearchFilter;
    }

    public String getCallerNameAttribute() {
        return callerNameAttribute;
    }

    public String getGroupSearchBase() {
        return groupSearchBase;
    }

    public String getGroupSearchFilter() {
        return groupSearchFilter;
    }

    public int getReadTimeoutMillis() {
        return readTimeoutMillis;
    }

    /** Whether every connection to the directory is upgraded with StartTLS before anything is sent. */
    public boolean isStartTls() {
        return startTls;
    }

    /**
     * What is wrong with this configuration in ways that make sign-in unsafe or impossible; empty
     * when nothing is. {@link DirectoryConfigurationCheck} refuses to start the portal otherwise.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        // The group search filter is filled in with String.format: without %s it matches every
        // group in the base, and every user who can sign in would hold every role.
        checkFilter(
                problems,
                "partnerdesk.ldap.group-search-filter",
                groupSearchFilter,
                "the user's DN",
                "it would match every group and give every user every role");
        if (!getCallerSearchBase().isBlank()) {
            // Without %s the caller search finds the same entry whatever name is typed, and a
            // password of that entry would sign in under any name.
            checkFilter(
                    problems,
                    "partnerdesk.ldap.caller-search-filter",
                    callerSearchFilter,
                    "the name typed at sign-in",
                    "it would find the same entry whatever name is typed");
        }
        if (startTls && isEmbedded()) {
            problems.add("partnerdesk.ldap.starttls is on but no partnerdesk.ldap.url is set: StartTLS is for an"
                    + " external directory (the embedded one listens on loopback only)");
        }
        if (startTls && getUrl().toLowerCase(Locale.ROOT).startsWith("ldaps:")) {
            problems.add("partnerdesk.ldap.starttls is on but partnerdesk.ldap.url is ldaps://: StartTLS upgrades"
                    + " a plain ldap:// connection; use ldap://host:389 with StartTLS, or ldaps:// without it");
        }
        return problems;
    }

    private static void checkFilter(
            List<String> problems, String key, String filter, String placeholder, String consequence) {
        if (filter == null || !filter.contains("%s")) {
            problems.add(key + " (" + filter + ") has no %s for " + placeholder + ": " + consequence);
            return;
        }
        try {
            Filter.create(String.format(filter, "cn=check"));
        } catch (IllegalFormatException | LDAPException e) {
            problems.add(key + " (" + filter + ") is not a valid LDAP search filter with one %s: " + e.getMessage());
        }
    }
}
