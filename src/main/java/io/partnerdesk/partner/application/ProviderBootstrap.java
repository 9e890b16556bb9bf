package io.partnerdesk.partner.application;

import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerKind;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the operator's own organisation, the indirect provider, from configuration when the
 * portal starts. Sign-in needs a partner whose directory group the person belongs to, and without
 * demo data nothing else would ever create the first one. Keyed by the directory group: once a
 * partner has that group it is left as it is, so restarts, a second instance and later renames in
 * the portal change nothing.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProviderBootstrap {

    static final String NAME_KEY = "partnerdesk.provider.name";
    static final String MPN_ID_KEY = "partnerdesk.provider.mpn-id";
    static final String DIRECTORY_GROUP_KEY = "partnerdesk.provider.directory-group";
    private static final Logger LOG = Logger.getLogger(ProviderBootstrap.class.getName());

    @Inject
    @ConfigProperty(name = NAME_KEY)
    Optional<String> name;

    @Inject
    @ConfigProperty(name = MPN_ID_KEY)
    Optional<String> mpnId;

    @Inject
    @ConfigProperty(name = DIRECTORY_GROUP_KEY)
    Optional<String> directoryGroup;

    @Inject
    ProviderRegistration registration;

    /** The provider the operator configured, checked and with its directory group in lower case. */
    public record ConfiguredProvider(String name, String mpnId, String directoryGroup) {

        /**
         * The provider of these settings: empty when none is set.
         *
         * @throws IllegalStateException when only some are set or a value cannot be a partner's
         */
        static Optional<ConfiguredProvider> of(Optional<String> name, Optional<String> mpnId, Optional<String> group) {
            Optional<String> n = name.map(String::strip).filter(v -> !v.isEmpty());
            Optional<String> m = mpnId.map(String::strip).filter(v -> !v.isEmpty());
            Optional<String> g = group.map(String::strip).filter(v -> !v.isEmpty());
            if (n.isEmpty() && m.isEmpty() && g.isEmpty()) {
                return Optional.empty();
            }
            List<String> problems = new ArrayList<>();
            if (n.isEmpty() || m.isEmpty() || g.isEmpty()) {
                problems.add("set all three of " + NAME_KEY + ", " + MPN_ID_KEY + " and " + DIRECTORY_GROUP_KEY
                        + " (PARTNERDESK_PROVIDER_NAME, _MPN_ID, _DIRECTORY_GROUP), or none");
            }
            n.filter(v -> v.length() > 200).ifPresent(v -> problems.add(NAME_KEY + " is longer than 200 characters"));
            m.filter(v -> !v.matches(Partner.MPN_ID_PATTERN))
                    .ifPresent(v -> problems.add(MPN_ID_KEY + " (" + v + ") must be 4 to 10 digits"));
            g.filter(v -> v.length() > 200)
                    .ifPresent(v -> problems.add(DIRECTORY_GROUP_KEY + " is longer than 200 characters"));
            if (!problems.isEmpty()) {
                throw new IllegalStateException(
                        "PartnerDesk will not start: the provider configuration is incomplete.\n  "
                                + String.join("\n  ", problems));
            }
            return Optional.of(new ConfiguredProvider(n.get(), m.get(), g.get().toLowerCase(Locale.ROOT)));
        }
    }

    @PostConstruct
    void createConfiguredProvider() {
        Optional<ConfiguredProvider> configured = ConfiguredProvider.of(name, mpnId, directoryGroup);
        if (configured.isEmpty()) {
            return;
        }
        ConfiguredProvider provider = configured.get();
        Optional<Partner> existing = registration.findByDirectoryGroup(provider.directoryGroup());
        if (existing.isPresent()) {
            LOG.info(() -> "The provider of directory group " + provider.directoryGroup() + " exists ("
                    + existing.get().getName() + "); left as it is");
            if (existing.get().getKind() == PartnerKind.INDIRECT_PROVIDER) {
                registration.becomeOperatorIfNoneIs(existing.get().getId());
            }
            return;
        }
        registration.findByMpnId(provider.mpnId()).ifPresent(other -> {
            throw new IllegalStateException("PartnerDesk will not start: " + MPN_ID_KEY + " " + provider.mpnId()
                    + " belongs to the partner " + other.getName() + " of directory group " + other.getDirectoryGroup()
                    + ", not to " + provider.directoryGroup());
        });
        try {
            Partner created = registration.create(provider);
            LOG.info(() -> "Created the provider " + created.getName() + " (MPN " + created.getMpnId()
                    + "); members of directory group " + created.getDirectoryGroup() + " belong to it");
        } catch (EJBException lost) {
            // Two instances starting together both found no provider; the database let one in.
            if (registration.findByDirectoryGroup(provider.directoryGroup()).isEmpty()) {
                throw lost;
            }
            LOG.info(() -> "Another instance created the provider of directory group " + provider.directoryGroup());
        }
    }
}
