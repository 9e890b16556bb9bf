package io.partnerdesk.shared.health;

import com.unboundid.ldap.sdk.LDAPConnection;
import io.partnerdesk.shared.security.DirectoryConnections;
import io.partnerdesk.shared.security.DirectorySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the directory accepts a connection and the service account's bind (an anonymous
 * connection when no service account is configured): without it nobody new can sign in.
 */
@Readiness
@ApplicationScoped
public class DirectoryReadiness implements HealthCheck {

    @Inject
    DirectoryConnections connections;

    @Inject
    DirectorySettings settings;

    @Inject
    TimedCheck timed;

    @Override
    public HealthCheckResponse call() {
        return timed.run("directory", data -> {
            data.withData("embedded", settings.isEmbedded());
            try (LDAPConnection connection = connections.open()) {
                connections.bindAsService(connection);
            }
        });
    }
}
