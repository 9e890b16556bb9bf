package io.partnerdesk.shared.config;

import io.partnerdesk.shared.persistence.RuntimeMode;
import io.partnerdesk.shared.security.DirectorySettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tells whoever started the portal where to open it and what it runs on. */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "EmbeddedDirectory"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Inject
    @ConfigProperty(name = "partnerdesk.public-url")
    Optional<String> publicUrl;

    @Inject
    @ConfigProperty(name = "partnerdesk.data.dir")
    String dataDir;

    @Inject
    RuntimeMode runtimeMode;

    @Inject
    DirectorySettings directory;

    @PostConstruct
    void announce() {
        StringBuilder text = new StringBuilder("\n\n  PartnerDesk is starting");
        publicUrl.ifPresent(url -> text.append(": open ").append(url).append(" once Payara Micro says it is ready"));
        text.append("\n  database:  ")
                .append(
                        runtimeMode.isEmbeddedDatabase()
                                ? "embedded H2 in " + dataDir
                                : runtimeMode.isApplicationPool()
                                        ? "external (partnerdesk.db.url)"
                                        : "server pool " + runtimeMode.dataSourceName());
        text.append("\n  directory: ")
                .append(directory.isEmbedded() ? "embedded, " : "")
                .append(directory.getUrl());
        if (directory.isEmbedded()) {
            text.append("\n  demo accounts: alice, adam, hana, sam, uma (Contoso), fiona, felix (Fabrikam),")
                    .append("\n                 nina, ned (Northwind), walt (Wingtip), tom, ava, lena (customers);")
                    .append("\n                 every password is Passw0rd!");
        }
        LOG.info(text.append("\n").toString());
    }
}
