package io.partnerdesk.shared.security;

import io.partnerdesk.shared.persistence.RuntimeMode;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Refuses to start the portal on a directory configuration that would let the wrong people in,
 * such as a group search filter without {@code %s}. A portal that does not start is noticed at
 * once; one that hands every role to everybody may not be noticed at all.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DirectoryConfigurationCheck {

    private static final Logger LOG = Logger.getLogger(DirectoryConfigurationCheck.class.getName());

    @Inject
    DirectorySettings settings;

    @Inject
    RuntimeMode runtimeMode;

    @PostConstruct
    void check() {
        List<String> problems = new ArrayList<>(settings.problems());
        productionWithoutDirectory(runtimeMode.isEmbeddedDatabase(), settings.isEmbedded(), runtimeMode.isDemoData())
                .ifPresent(problems::add);
        if (problems.isEmpty()) {
            return;
        }
        String message = "PartnerDesk will not start: the directory configuration is unsafe or incomplete.\n  "
                + String.join("\n  ", problems)
                + "\nFix the settings (server-config/README.md lists them) and start the portal again.";
        LOG.severe(message);
        throw new IllegalStateException(message);
    }

    /**
     * Why a start must be refused that runs on a production database (PostgreSQL, or a server pool)
     * but would check passwords against the embedded demo directory, where every password is
     * known; empty when the database is the embedded one, a directory is configured, or demo data
     * was asked for explicitly ({@code partnerdesk.demo-data=true}).
     */
    static Optional<String> productionWithoutDirectory(
            boolean embeddedDatabase, boolean embeddedDirectory, boolean demoData) {
        if (embeddedDatabase || !embeddedDirectory || demoData) {
            return Optional.empty();
        }
        return Optional.of("partnerdesk.ldap.url (PARTNERDESK_LDAP_URL) is not set, but the database is a"
                + " production one: the portal would check passwords against its embedded demo directory, where"
                + " every password is known. Set PARTNERDESK_LDAP_URL to your directory, or set"
                + " PARTNERDESK_DEMO_DATA=true to run the demo on this database on purpose");
    }
}
