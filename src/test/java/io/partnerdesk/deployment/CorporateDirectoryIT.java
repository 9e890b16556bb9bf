package io.partnerdesk.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.support.production.OpenLdapServer;
import io.partnerdesk.support.production.PortalEnvironment;
import io.partnerdesk.support.production.PortalInstance;
import io.partnerdesk.support.production.ProductionServices;
import io.partnerdesk.support.production.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The portal against a company's own directory: a real OpenLDAP server reached over LDAPS, with
 * people in nested organisational units and application groups mapped to roles by configuration.
 * The portal is started by server-config/run-instance.sh on PostgreSQL, as in production.
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

    private static JsonObject me(String username) {
        HttpResponse<String> response = WebSession.api("GET", portal.url() + "api/v1/me", username, PASSWORD, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
