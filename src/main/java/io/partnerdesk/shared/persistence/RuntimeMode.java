package io.partnerdesk.shared.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the portal runs on its embedded defaults (its own H2 database and, unless a directory URL
 * is set, its own directory and demo data) or against production services, and which data source
 * holds its data.
 */
@ApplicationScoped
public class RuntimeMode {

    /**
     * The server-level JDBC resource to use instead of the application's own pool. The persistence
     * unit reads the same key (as {@code ${MPCONFIG=partnerdesk.datasource:...}} in persistence.xml),
     * so JPA and the schema migration always share one pool; server-config/post-boot-commands.txt
     * sets it when it creates the PostgreSQL pool.
     */
    public static final String DATASOURCE_KEY = "partnerdesk.datasource";

    @Inject
    @ConfigProperty(name = "partnerdesk.db.url")
    String databaseUrl;

    @Inject
    @ConfigProperty(name = DATASOURCE_KEY, defaultValue = DataSourceConfiguration.JNDI_NAME)
    String dataSourceName;

    @Inject
    @ConfigProperty(name = "partnerdesk.demo-data")
    Optional<Boolean> demoData;

    /** The JNDI name of the data source that JPA and Flyway use. */
    public String dataSourceName() {
        return dataSourceName.isBlank() ? DataSourceConfiguration.JNDI_NAME : dataSourceName;
    }

    /**
     * The data source itself (JPA's, Flyway's and the health checks'); an {@link IllegalStateException}
     * naming the setting when it does not exist.
     */
    public javax.sql.DataSource dataSource() {
        String name = dataSourceName();
        try {
            return (javax.sql.DataSource) new javax.naming.InitialContext().lookup(name);
        } catch (javax.naming.NamingException e) {
            throw new IllegalStateException(
                    "The data source " + name + " (" + DATASOURCE_KEY
                            + ") does not exist: create it in the post-boot commands or unset the property",
                    e);
        }
    }

    /** True while the application's own pool is in use; false when a server pool replaces it. */
    public boolean isApplicationPool() {
        return DataSourceConfiguration.JNDI_NAME.equals(dataSourceName());
    }

    public boolean isEmbeddedDatabase() {
        return isApplicationPool() && databaseUrl.startsWith("jdbc:h2:");
    }

    /** Demo data comes with the embedded database, or where {@code partnerdesk.demo-data=true}. */
    public boolean isDemoData() {
        return demoData.orElse(isEmbeddedDatabase());
    }
}
