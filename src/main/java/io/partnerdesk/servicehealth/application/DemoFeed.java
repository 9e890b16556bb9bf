package io.partnerdesk.servicehealth.application;

import io.partnerdesk.servicehealth.domain.FeedDocument;
import io.partnerdesk.shared.persistence.RuntimeMode;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * With demo data on, imports the sample feed that ships with the portal at every start; production
 * never sees it. The sample's dates are moved by whole days so that its latest moment falls within
 * the last day: the demo always has a current incident and a chart of recent weeks, however long
 * after the sample was written it runs. Restarting on the same day changes nothing; on a later day
 * the sample's incidents move forward with it. Imports of real feeds keep their dates exactly.
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
        try {
            ImportResult result = loadAsOf(Instant.now());
            LOG.info(() -> "Demo service health feed: " + result.summary());
        } catch (EJBException clash) {
            // Two instances of a cluster starting together both load the sample; one of them wins.
            LOG.log(
                    Level.WARNING,
                    "The demo service health feed was not loaded by this instance: {0}",
                    clash.toString());
        }
    }

    /** Loads the sample dated as a start at {@code now} dates it. */
    public ImportResult loadAsOf(Instant now) {
        return feedImport.importDemo(datedNear(FeedParser.parse(read()), now), "classpath:" + RESOURCE);
    }

    /**
     * The document moved by whole days so that its latest moment falls on the day (UTC) before
     * {@code now}: never in the future, and the same all day long.
     */
    static FeedDocument datedNear(FeedDocument document, Instant now) {
        return document.latest()
                .map(latest -> document.shiftedBy(Duration.ofDays(ChronoUnit.DAYS.between(
                                LocalDate.ofInstant(latest, ZoneOffset.UTC), LocalDate.ofInstant(now, ZoneOffset.UTC))
                        - 1)))
                .orElse(document);
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
