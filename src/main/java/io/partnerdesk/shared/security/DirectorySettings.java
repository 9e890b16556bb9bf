package io.partnerdesk.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the directory is and how to search it. With no {@code partnerdesk.ldap.url} set, PartnerDesk
 * runs its own embedded directory on a loopback port and these values describe that one.
 *
 * <p>The LDAP identity store reads these through EL ({@code #{directorySettings.url}}), so the
 * operator sets them in MicroProfile Config or the environment, never in code.
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
}
