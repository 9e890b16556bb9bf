package io.partnerdesk.testsupport.production;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Brings up, once per test run, the services a production deployment uses: a fresh PostgreSQL
 * database and a real OpenLDAP directory, and tears them down when the run ends. It must run
 * before Arquillian starts a server, so the build registers it by auto-detection in the test runs
 * against production services; deployment tests also name it with {@code @ExtendWith}.
 */
public class ProductionServices implements BeforeAllCallback {

    public static final int LDAP_PORT = Integer.getInteger("it.openldap.port", 10489);
    public static final int LDAPS_PORT = Integer.getInteger("it.openldaps.port", 10636);

    private static volatile Services current;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.create(ProductionServices.class))
                .getOrComputeIfAbsent(Services.class, key -> Services.start(), Services.class);
    }

    /** The running services; the extension must have run. */
    public static Services services() {
        if (current == null) {
            throw new IllegalStateException("ProductionServices has not started the services of this test run");
        }
        return current;
    }

    /** The database and directory of one test run. */
    public static final class Services implements ExtensionContext.Store.CloseableResource {

        private final PostgreSqlDatabase database = new PostgreSqlDatabase();
        private final OpenLdapServer directory = new OpenLdapServer(
                Path.of(System.getProperty("it.work.dir", "target/it"), "openldap"), LDAP_PORT, LDAPS_PORT);

        static Services start() {
            Services services = new Services();
            OpenLdapServer.requireInstalled();
            services.database.create();
            services.directory.create();
            services.directory.start();
            current = services;
            return services;
        }

        public PostgreSqlDatabase database() {
            return database;
        }

        public OpenLdapServer directory() {
            return directory;
        }

        @Override
        public void close() {
            current = null;
            directory.stop();
            database.drop();
        }
    }
}
