package io.partnerdesk.testsupport.production;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment variables of server-config/ (server-config/README.md) for a portal instance that
 * runs against the test run's PostgreSQL database and OpenLDAP company directory, as an operator
 * would set them. Groups of the company directory map to roles here, in the operator's way.
 */
public final class PortalEnvironment {

    private PortalEnvironment() {}

    public static Map<String, String> forDirectory(String directoryUrl) {
        OpenLdapServer directory = ProductionServices.services().directory();
        Path workDir = Path.of(System.getProperty("it.work.dir", "target/it"));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PARTNERDESK_DB_HOST", PostgreSqlDatabase.HOST);
        env.put("PARTNERDESK_DB_PORT", Integer.toString(PostgreSqlDatabase.PORT));
        env.put("PARTNERDESK_DB_NAME", PostgreSqlDatabase.NAME);
        env.put("PARTNERDESK_DB_USER", PostgreSqlDatabase.USER);
        env.put("PARTNERDESK_DB_PASSWORD", PostgreSqlDatabase.PASSWORD);
        env.put("PARTNERDESK_DB_SSLMODE", "disable");
        // The organisations (partner.directory_group = org-contoso) come from the demo data script.
        env.put("PARTNERDESK_DEMO_DATA", "true");
        env.put("PARTNERDESK_LDAP_URL", directoryUrl);
        env.put("PARTNERDESK_LDAP_BIND_DN", OpenLdapServer.SERVICE_DN);
        env.put("PARTNERDESK_LDAP_BIND_PASSWORD", OpenLdapServer.SERVICE_PASSWORD);
        env.put("PARTNERDESK_LDAP_CALLER_SEARCH_BASE", "ou=People," + OpenLdapServer.BASE_DN);
        env.put("PARTNERDESK_LDAP_GROUP_SEARCH_BASE", "ou=Groups," + OpenLdapServer.BASE_DN);
        env.put("PARTNERDESK_ROLES_GLOBAL_ADMIN_GROUP", "PartnerDesk Global Admins");
        env.put("PARTNERDESK_ROLES_SALES_AGENT_GROUP", "PartnerDesk Sales");
        env.put("PARTNERDESK_ROLES_HELPDESK_AGENT_GROUP", "PartnerDesk Helpdesk");
        env.put("PARTNERDESK_SECURITY_CREDENTIAL_CACHE_SECONDS", "2");
        // run-instance.sh writes the joined post-boot command file there when mail is configured.
        env.put("TMPDIR", workDir.toAbsolutePath().toString());
        env.put(
                "PARTNERDESK_DATA_DIR",
                workDir.resolve("unused-h2").toAbsolutePath().toString());
        env.put(
                "PARTNERDESK_JAVA_OPTS",
                String.join(
                        " ",
                        "-Xmx512m",
                        "-XX:TieredStopAtLevel=1",
                        "-Djava.io.tmpdir=" + workDir.toAbsolutePath(),
                        "-Djavax.net.ssl.trustStore=" + directory.truststore().toAbsolutePath(),
                        "-Djavax.net.ssl.trustStorePassword=" + directory.truststorePassword(),
                        "-Djavax.net.ssl.trustStoreType=PKCS12"));
        return env;
    }
}
