package io.partnerdesk.servicehealth.application;

import io.partnerdesk.shared.persistence.RuntimeMode;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * With demo data on, imports the sample feed that ships with the portal at every start. The
 * import is idempotent, so restarting changes nothing; production never sees it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoFeed {

    static final String RESOURCE = "servicehealth/demo-feed.json";
    private static final Logger LOG = Logger.getLogger(DemoFeed.class.getName());

    @Inject
    RuntimeMode runtimeMode;

    @Inject
    FeedImport feedImport;

    @PostConstruct
    void load() {
        if (!runtimeMode.isDemoData()) {
            return;
        }
        ImportResult result = feedImport.importFetched(read(), "classpath:" + RESOURCE);
        LOG.info(() -> "Demo service health feed: " + result.summary());
    }

    static String read() {
        try (InputStream in = DemoFeed.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the portal");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
