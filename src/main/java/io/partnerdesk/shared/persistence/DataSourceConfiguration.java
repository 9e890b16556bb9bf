package io.partnerdesk.shared.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The portal's connection pool. By default it holds connections to an H2 file database in
 * {@code partnerdesk.data.dir}; the operator points it elsewhere (PostgreSQL in production) with
 * the {@code partnerdesk.db.*} properties, which {@link PortalDataSource} reads.
 */
@Singleton
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "io.partnerdesk.shared.persistence.PortalDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        initialPoolSize = 2,
        maxIdleTime = 300,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true"
        })
public class DataSourceConfiguration {

    public static final String JNDI_NAME = "java:app/jdbc/partnerdesk";
}
