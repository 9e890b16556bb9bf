package io.partnerdesk.shared.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway before anything else touches the database, on H2 and
 * PostgreSQL alike (the migrations use only SQL both understand). When the
 * portal runs with its demo data, the idempotent demo script runs after every migration.
 */
@Singleton
@Startup
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Inject
    RuntimeMode runtimeMode;

    @Inject
    @ConfigProperty(name = "partnerdesk.db.migrate", defaultValue = "true")
    boolean migrate;

    private volatile String schemaVersion;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        if (!migrate) {
            LOG.info("Schema migration is switched off (partnerdesk.db.migrate=false)");
            return;
        }
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (!runtimeMode.isEmbeddedDatabase()) {
            // What only PostgreSQL has (full-text search), numbered between the common versions.
            locations.add("classpath:db/postgresql");
        }
        if (runtimeMode.isDemoData()) {
            locations.add("classpath:db/demo");
        }
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(runtimeMode.dataSource())
                .locations(locations.toArray(String[]::new))
                .load();
        MigrateResult result = flyway.migrate();
        // The newest versioned migration applied (the demo data is a repeatable one, without a version).
        schemaVersion = java.util.Arrays.stream(flyway.info().applied())
                .map(MigrationInfo::getVersion)
                .filter(java.util.Objects::nonNull)
                .reduce((first, second) -> second)
                .map(org.flywaydb.core.api.MigrationVersion::getVersion)
                .orElse(null);
        LOG.info(() -> "Schema of " + runtimeMode.dataSourceName() + " at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted
                + " migrations applied now" + (runtimeMode.isDemoData() ? ", demo data loaded" : "") + ")");
    }

    /**
     * The schema version this build's migrations brought the database to at start (null when
     * migration is switched off): readiness checks that the database is still there.
     */
    public String schemaVersion() {
        return schemaVersion;
    }
}
