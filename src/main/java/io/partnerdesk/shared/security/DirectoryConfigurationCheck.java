package io.partnerdesk.shared.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
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

    @PostConstruct
    void check() {
        List<String> problems = settings.problems();
        if (problems.isEmpty()) {
            return;
        }
        String message = "PartnerDesk will not start: the directory configuration is unsafe or incomplete.\n  "
                + String.join("\n  ", problems)
                + "\nFix the settings (server-config/README.md lists them) and start the portal again.";
        LOG.severe(message);
        throw new IllegalStateException(message);
    }
}
