package io.partnerdesk.shared.health;

import io.partnerdesk.shared.persistence.RuntimeMode;
import io.partnerdesk.shared.persistence.SchemaMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database's schema is the one this build migrated it to at start: no failed
 * migration recorded, and the newest applied one is this build's (a database restored from an older
 * backup, or one whose history was tampered with, is not served).
 */
@Readiness
@ApplicationScoped
public class MigrationReadiness implements HealthCheck {

    @Inject
    SchemaMigration migration;

    @Inject
    RuntimeMode runtimeMode;

    @Inject
    TimedCheck timed;

    @Override
    public HealthCheckResponse call() {
        String expected = migration.schemaVersion();
        if (expected == null) {
            return HealthCheckResponse.named("migrations")
                    .withData("migrate", false)
                    .up()
                    .build();
        }
        return timed.run("migrations", data -> {
            data.withData("expectedVersion", expected);
            try (Connection connection = runtimeMode.dataSource().getConnection();
                    Statement query = connection.createStatement()) {
                query.setQueryTimeout(1);
                // Flyway names its history table and columns in lower case, quoted, on H2 and PostgreSQL.
                try (ResultSet failed =
                        query.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"")) {
                    failed.next();
                    if (failed.getLong(1) > 0) {
                        throw new IllegalStateException("a migration failed");
                    }
                }
                try (ResultSet newest = query.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                        + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC")) {
                    String current = newest.next() ? newest.getString(1) : null;
                    data.withData("currentVersion", String.valueOf(current));
                    if (!expected.equals(current)) {
                        throw new IllegalStateException(
                                "the schema is at version " + current + ", this build migrated it to " + expected);
                    }
                }
            }
        });
    }
}
