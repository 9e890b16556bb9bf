package io.partnerdesk.shared.health;

import io.partnerdesk.shared.FailureText;
import io.partnerdesk.shared.persistence.RuntimeMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the portal's data source hands out a connection that answers a query in time. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    RuntimeMode runtimeMode;

    @Inject
    TimedCheck timed;

    @Override
    public HealthCheckResponse call() {
        String name = runtimeMode.dataSourceName();
        DataSource dataSource;
        try {
            dataSource = runtimeMode.dataSource();
        } catch (Exception missing) {
            timed.noteState("database", false, "no data source " + name + ": " + FailureText.describe(missing));
            return HealthCheckResponse.named("database")
                    .withData("error", FailureText.kind(missing))
                    .down()
                    .build();
        }
        return timed.run("database", data -> {
            try (Connection connection = dataSource.getConnection();
                    Statement query = connection.createStatement()) {
                query.setQueryTimeout(1);
                query.execute("SELECT 1");
            }
        });
    }
}
