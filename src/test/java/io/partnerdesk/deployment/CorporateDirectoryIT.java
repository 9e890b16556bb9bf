package io.partnerdesk.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import io.partnerdesk.testsupport.Deployments;
import io.partnerdesk.testsupport.production.OpenLdapServer;
import io.partnerdesk.testsupport.production.PortalEnvironment;
import io.partnerdesk.testsupport.production.PortalInstance;
import io.partnerdesk.testsupport.production.PostgreSqlDatabase;
import io.partnerdesk.testsupport.production.ProductionServices;
import io.partnerdesk.testsupport.production.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The portal against a company's own directory: a real OpenLDAP server reached over LDAPS, with
 * people in nested organisational units and application groups mapped to roles by configuration.
 * The portal is started by server-config/run-instance.sh on PostgreSQL, as in production. The
 * directory takes passwords over TLS only (see {@link OpenLdapServer}); {@link OverStartTls} signs
 * in over plain LDAP upgraded with StartTLS, on a portal that starts without demo data.
 */
@ExtendWith(ProductionServices.class)
class CorporateDirectoryIT {

    private static final String PASSWORD = "Passw0rd!";
    private static final String HELPDESK_GROUP = "cn=PartnerDesk Helpdesk," + OpenLdapServer.GROUPS_DN;
    private static final String TARA = "uid=tara.temp,ou=Support,ou=People," + OpenLdapServer.BASE_DN;

    private static PortalInstance portal;

    @BeforeAll
    static void startPortal() {
        String ldaps = ProductionServices.services().directory().ldapsUrl();
        portal = PortalInstance.start("corporate", 18092, 15712, PortalEnvironment.forDirectory(ldaps));
        Duration started = portal.awaitReady(Duration.ofMinutes(5));
        System.out.printf("Portal on PostgreSQL and OpenLDAP (LDAPS) ready after %d ms%n", started.toMillis());
    }

    @AfterAll
    static void stopPortal() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void aPersonDeepInTheOrganisationSignsInWithTheRoleOfTheirGroup() {
        HttpResponse<String> signIn = new WebSession().signIn(portal.url(), "hugo.help", PASSWORD);
        assertThat(signIn.statusCode()).isEqualTo(302);

        JsonObject me = me("hugo.help");
        assertThat(me.getString("displayName")).isEqualTo("Hugo Help");
        assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("HELPDESK_AGENT");
        assertThat(me.getJsonArray("roles")).hasSize(1);
        assertThat(me.getJsonObject("partner").getString("name")).isEqualTo("Contoso Distribution");
    }

    @ParameterizedTest(name = "{0} holds {1}")
    @CsvSource({"greta.global, GLOBAL_ADMIN", "sven.sales, SALES_AGENT"})
    void eachApplicationGroupGrantsTheRoleItIsMappedTo(String username, String role) {
        JsonObject me = me(username);

        assertThat(me.getJsonArray("roles")).hasSize(1);
        assertThat(me.getJsonArray("roles").getString(0)).isEqualTo(role);
    }

    @Test
    void aWrongPasswordIsRefusedOnTheLoginPage() {
        HttpResponse<String> page = new WebSession().signIn(portal.url(), "greta.global", "not-her-password");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("The user name or password is wrong.");
    }

    @Test
    void someoneTakenOutOfTheirGroupLosesTheRoleAtTheNextSignIn() {
        OpenLdapServer directory = ProductionServices.services().directory();
        assertThat(new WebSession().signIn(portal.url(), "tara.temp", PASSWORD).statusCode())
                .isEqualTo(302);
        directory.removeFromGroup(HELPDESK_GROUP, TARA);
        try {
            HttpResponse<String> next = new WebSession().signIn(portal.url(), "tara.temp", PASSWORD);
            assertThat(next.statusCode()).isEqualTo(200);
            assertThat(next.body()).contains("Your directory account has no PartnerDesk role.");

            // API sign-ins are remembered for partnerdesk.security.credential-cache-seconds (2 here).
            pause(Duration.ofSeconds(3));
            HttpResponse<String> api = WebSession.api("GET", portal.url() + "api/v1/me", "tara.temp", PASSWORD, null);
            assertThat(api.statusCode()).isEqualTo(401);
        } finally {
            directory.addToGroup(HELPDESK_GROUP, TARA);
        }
    }

    @Test
    void aDirectoryThatIsDownIsNamedOnTheLoginPageAndThePortalRecoversByItself() {
        OpenLdapServer directory = ProductionServices.services().directory();
        directory.stop();
        try {
            HttpResponse<String> page = new WebSession().signIn(portal.url(), "sven.sales", PASSWORD);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("The directory is unavailable right now")
                    .doesNotContain("Exception")
                    .doesNotContain("at io.partnerdesk");

            // Credentials never seen before, so that no remembered API sign-in answers instead.
            HttpResponse<String> api =
                    WebSession.api("GET", portal.url() + "api/v1/me", "sven.sales", "not-yet-checked", null);
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.body()).contains("DIRECTORY_UNAVAILABLE");
        } finally {
            directory.start();
        }

        HttpResponse<String> afterwards = new WebSession().signIn(portal.url(), "sven.sales", PASSWORD);
        assertThat(afterwards.statusCode()).isEqualTo(302);
    }

    @Test
    void anotherSpellingOfANameSignsInAsTheDirectorysSpelling() {
        assertThat(me("HUGO.HELP").getString("username")).isEqualTo("hugo.help");
        assertThat(me(" hugo.help").getString("username")).isEqualTo("hugo.help");
    }

    @Test
    void anEmptyPasswordOrFilterSyntaxInANameIsAWrongSignIn() {
        for (String[] attempt : new String[][] {{"greta.global", ""}, {"*", PASSWORD}, {"greta*", PASSWORD}}) {
            HttpResponse<String> response =
                    WebSession.api("GET", portal.url() + "api/v1/me", attempt[0], attempt[1], null);

            assertThat(response.statusCode()).as(attempt[0]).isEqualTo(401);
        }
    }

    private static JsonObject me(String username) {
        return me(portal, username);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A production start from nothing: an empty database, no demo data, the company directory over
     * {@code ldap://} with StartTLS, the operator's provider organisation and a mail server named
     * by configuration. The portal is started twice on that database, the second time with
     * another provider name, as a restart after a configuration change would.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OverStartTls {

        private static final String PROVIDER = "Contoso Cloud Services";
        private static final String SENDER = "partnerdesk@contoso.example";

        private final PostgreSqlDatabase emptyDatabase = new PostgreSqlDatabase("bare");
        private GreenMail smtp;
        private PortalInstance restarted;

        @BeforeAll
        void startPortalTwiceOnAnEmptyDatabase() {
            emptyDatabase.create();
            int mailPort = freeMailPort();
            smtp = new GreenMail(new ServerSetup(mailPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();

            Map<String, String> environment = new LinkedHashMap<>(PortalEnvironment.forDirectory(
                    ProductionServices.services().directory().ldapUrl()));
            environment.put("PARTNERDESK_LDAP_STARTTLS", "true");
            environment.put("PARTNERDESK_DB_NAME", emptyDatabase.name());
            environment.put("PARTNERDESK_DEMO_DATA", "false");
            environment.put("PARTNERDESK_PROVIDER_NAME", PROVIDER);
            environment.put("PARTNERDESK_PROVIDER_MPN_ID", "5120001");
            environment.put("PARTNERDESK_PROVIDER_DIRECTORY_GROUP", "org-contoso");
            environment.put("PARTNERDESK_MAIL_HOST", "127.0.0.1");
            environment.put("PARTNERDESK_MAIL_PORT", Integer.toString(mailPort));
            environment.put("PARTNERDESK_MAIL_FROM", SENDER);
            environment.put("PARTNERDESK_WAR", probeWar().toString());

            try (PortalInstance first = PortalInstance.start("starttls-first", 18193, 15713, environment)) {
                Duration started = first.awaitReady(Duration.ofMinutes(5));
                System.out.printf("Portal without demo data, over StartTLS, ready after %d ms%n", started.toMillis());
            }
            environment.put("PARTNERDESK_PROVIDER_NAME", "Renamed Before The Restart");
            restarted = PortalInstance.start("starttls", 18194, 15714, environment);
            Duration started = restarted.awaitReady(Duration.ofMinutes(5));
            System.out.printf("The same portal restarted, ready after %d ms%n", started.toMillis());
        }

        @AfterAll
        void stopPortal() {
            if (restarted != null) {
                restarted.close();
            }
            if (smtp != null) {
                smtp.stop();
            }
            emptyDatabase.drop();
        }

        @Test
        void theDirectoryTakesNoPasswordInPlainText() {
            try (LDAPConnection plain = new LDAPConnection()) {
                plain.connect("127.0.0.1", ProductionServices.LDAP_PORT);
                assertThat(bindResult(plain, "uid=greta.global,ou=Management,ou=People," + OpenLdapServer.BASE_DN))
                        .isEqualTo(ResultCode.INVALID_CREDENTIALS);
            } catch (LDAPException e) {
                throw new IllegalStateException(e);
            }
        }

        @Test
        void theCompanysGlobalAdminSignsInToTheProviderTheOperatorConfigured() {
            HttpResponse<String> signIn = new WebSession().signIn(restarted.url(), "greta.global", PASSWORD);
            assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(302);

            JsonObject me = me(restarted, "greta.global");
            assertThat(me.getString("displayName")).isEqualTo("Greta Global");
            assertThat(me.getJsonArray("roles")).containsExactly(Json.createValue("GLOBAL_ADMIN"));
            assertThat(me.getJsonObject("partner").getString("name")).isEqualTo(PROVIDER);
            assertThat(me.getJsonObject("partner").getString("kind")).isEqualTo("INDIRECT_PROVIDER");
        }

        @ParameterizedTest(name = "{0} holds {1}")
        @CsvSource({"hugo.help, HELPDESK_AGENT", "sven.sales, SALES_AGENT"})
        void eachApplicationGroupGrantsItsRoleOverStartTls(String username, String role) {
            JsonObject me = me(restarted, username);

            assertThat(me.getJsonArray("roles")).containsExactly(Json.createValue(role));
            assertThat(me.getJsonObject("partner").getString("name")).isEqualTo(PROVIDER);
        }

        @Test
        void aWrongPasswordIsRefusedOverStartTls() {
            HttpResponse<String> page = new WebSession().signIn(restarted.url(), "sven.sales", "not-his-password");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("The user name or password is wrong.");
        }

        @Test
        void theProviderWasCreatedOnceAndTheAuditSaysThePortalDidIt() {
            HttpResponse<String> response = WebSession.api(
                    "GET", restarted.url() + "api/v1/auditrecords?size=100", "greta.global", PASSWORD, null);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

            List<JsonObject> created = Json.createReader(new StringReader(response.body()))
                    .readObject()
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(r -> r.getString("action").equals("PROVIDER_CREATED"))
                    .toList();
            assertThat(created).hasSize(1);
            assertThat(created.get(0).getString("actor")).isEqualTo("system");
            assertThat(created.get(0).getString("newValue")).contains(PROVIDER, "5120001", "org-contoso");
        }

        @Test
        void notificationsAreMailedThroughTheServersMailSession() throws Exception {
            HttpResponse<String> probe = WebSession.api(
                    "POST",
                    restarted.url() + "api/v1/mail-probe",
                    "greta.global",
                    PASSWORD,
                    "greta.global@contoso.example");
            assertThat(probe.statusCode()).as(probe.body()).isEqualTo(200);
            assertThat(probe.body()).isEqualTo("server session mail/partnerdesk to 127.0.0.1");

            MimeMessage mail = null;
            for (int i = 0; i < 150 && mail == null; i++) {
                mail = List.of(smtp.getReceivedMessages()).stream()
                        .filter(m -> recipient(m).equals("greta.global@contoso.example"))
                        .findFirst()
                        .orElse(null);
                Thread.sleep(100);
            }
            assertThat(mail).as("the probe's mail to greta").isNotNull();
            assertThat(mail.getFrom()[0].toString()).isEqualTo(SENDER);
            assertThat(mail.getSubject()).isEqualTo("[PartnerDesk] Mail probe");
        }
    }

    private static JsonObject me(PortalInstance instance, String username) {
        HttpResponse<String> response = WebSession.api("GET", instance.url() + "api/v1/me", username, PASSWORD, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static ResultCode bindResult(LDAPConnection connection, String dn) {
        try {
            return connection.bind(dn, PASSWORD).getResultCode();
        } catch (LDAPException refused) {
            return refused.getResultCode();
        }
    }

    /** The real WAR with {@link MailProbe} added. */
    private static Path probeWar() {
        Path war = Path.of(System.getProperty("it.work.dir", "target/it"), "mail-probe.war");
        Deployments.portal().addClass(MailProbe.class).as(ZipExporter.class).exportTo(war.toFile(), true);
        return war.toAbsolutePath();
    }

    /** A free port in 13025-13099, the range this project's mail tests use. */
    private static int freeMailPort() {
        for (int port = 13025; port <= 13099; port++) {
            try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // try the next one
            }
        }
        throw new IllegalStateException("no free port in 13025-13099");
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
