package io.partnerdesk.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.testsupport.production.OpenLdapServer;
import io.partnerdesk.testsupport.production.PortalEnvironment;
import io.partnerdesk.testsupport.production.PortalInstance;
import io.partnerdesk.testsupport.production.PostgreSqlDatabase;
import io.partnerdesk.testsupport.production.ProductionServices;
import io.partnerdesk.testsupport.production.TcpProxy;
import io.partnerdesk.testsupport.production.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database or the directory going away under a running portal, and coming back, as an operator
 * lives it: the portal reaches PostgreSQL and OpenLDAP through relays that the test cuts
 * ({@link TcpProxy}), so the shared servers run on for the other tests. For the database: readiness
 * says so within 2 s while liveness stays up, the API answers 503 DATABASE_UNAVAILABLE within 5 s,
 * pages the "temporarily unavailable" page, a change tried meanwhile leaves nothing behind, and
 * everything serves again within 30 s of the database's return without a restart, the people signed
 * in before still signed in. For the directory: sign-in fails closed with a message, the people
 * signed in work on.
 */
@ExtendWith(ProductionServices.class)
class DependencyOutageIT {

    private static final String PASSWORD = "Passw0rd!";
    private static final String ADMIN = "greta.global";
    private static final String AGENT = "hugo.help";

    private static TcpProxy database;
    private static TcpProxy directory;
    private static PortalInstance portal;

    @BeforeAll
    static void startPortal() {
        database = TcpProxy.start(PostgreSqlDatabase.HOST, PostgreSqlDatabase.PORT);
        OpenLdapServer ldap = ProductionServices.services().directory();
        int ldapsPort =
                Integer.parseInt(ldap.ldapsUrl().substring(ldap.ldapsUrl().lastIndexOf(':') + 1));
        directory = TcpProxy.start("127.0.0.1", ldapsPort);
        Map<String, String> environment =
                new java.util.LinkedHashMap<>(PortalEnvironment.forDirectory("ldaps://127.0.0.1:" + directory.port()));
        environment.put("PARTNERDESK_DB_PORT", Integer.toString(database.port()));
        portal = PortalInstance.start("outage", 18196, 15716, environment);
        portal.awaitReady(Duration.ofMinutes(5));
    }

    @AfterAll
    static void stopPortal() {
        if (portal != null) {
            portal.close();
        }
        if (database != null) {
            database.close();
        }
        if (directory != null) {
            directory.close();
        }
    }

    @Test
    void readinessNamesEachDependencyAndLivenessAsksNone() {
        HttpResponse<String> ready = get("health/ready");
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(checks(ready))
                .containsEntry("database", "UP")
                .containsEntry("directory", "UP")
                .containsEntry("migrations", "UP");

        HttpResponse<String> live = get("health/live");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(checks(live)).containsEntry("application", "UP").doesNotContainKey("database");
    }

    @Test
    void theDatabaseGoingAwayIsToldAtOnceAndItsReturnServesAgainWithoutARestart() {
        WebSession agent = new WebSession();
        assertThat(agent.signIn(portal.url(), AGENT, PASSWORD).statusCode()).isEqualTo(302);
        assertThat(agent.get(portal.url() + "support/queue.xhtml").statusCode()).isEqualTo(200);
        HttpResponse<String> offering =
                WebSession.apiJson("GET", portal.url() + "api/v1/profiles/support", ADMIN, PASSWORD, null);
        assertThat(offering.statusCode()).as(offering.body()).isEqualTo(200);

        database.cut();
        try {
            long cut = System.nanoTime();
            HttpResponse<String> ready = awaitStatus(() -> get("health/ready"), 503, Duration.ofSeconds(2));
            assertThat(checks(ready)).containsEntry("database", "DOWN");
            System.out.printf("Readiness DOWN %d ms after the database went away%n", millisSince(cut));
            assertThat(get("health/live").statusCode()).isEqualTo(200);

            long asked = System.nanoTime();
            HttpResponse<String> list =
                    WebSession.apiJson("GET", portal.url() + "api/v1/supportrequests?size=5", AGENT, PASSWORD, null);
            long answeredIn = millisSince(asked);
            assertThat(list.statusCode()).as(list.body()).isEqualTo(503);
            assertThat(json(list).getString("code")).isEqualTo("DATABASE_UNAVAILABLE");
            assertThat(answeredIn).as("answered within 5 s").isLessThan(5_000);

            HttpResponse<String> change = WebSession.apiJson(
                    "PUT",
                    portal.url() + "api/v1/profiles/support",
                    ADMIN,
                    PASSWORD,
                    offering.body().replace("\"holidays\":[]", "\"holidays\":[\"2031-01-02\"]"));
            assertThat(change.statusCode()).as(change.body()).isEqualTo(503);
            assertThat(json(change).getString("code")).isEqualTo("DATABASE_UNAVAILABLE");

            HttpResponse<String> page = agent.get(portal.url() + "support/queue.xhtml");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("Temporarily unavailable").doesNotContain("Exception");
        } finally {
            database.restore();
        }

        long back = System.nanoTime();
        awaitStatus(() -> get("health/ready"), 200, Duration.ofSeconds(30));
        System.out.printf("Readiness UP %d ms after the database came back%n", millisSince(back));
        HttpResponse<String> list =
                WebSession.apiJson("GET", portal.url() + "api/v1/supportrequests?size=5", AGENT, PASSWORD, null);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(agent.get(portal.url() + "support/queue.xhtml").statusCode())
                .as("the agent is still signed in")
                .isEqualTo(200);
        HttpResponse<String> unchanged =
                WebSession.apiJson("GET", portal.url() + "api/v1/profiles/support", ADMIN, PASSWORD, null);
        assertThat(unchanged.body())
                .as("the change tried during the outage left nothing")
                .isEqualTo(offering.body());
    }

    @Test
    void withTheDirectoryGoneSignInFailsClosedAndThePeopleSignedInWorkOn() {
        WebSession agent = new WebSession();
        assertThat(agent.signIn(portal.url(), AGENT, PASSWORD).statusCode()).isEqualTo(302);

        directory.cut();
        try {
            HttpResponse<String> ready = awaitStatus(() -> get("health/ready"), 503, Duration.ofSeconds(3));
            assertThat(checks(ready)).containsEntry("directory", "DOWN").containsEntry("database", "UP");
            assertThat(get("health/live").statusCode()).isEqualTo(200);

            HttpResponse<String> refused = new WebSession().signIn(portal.url(), ADMIN, PASSWORD);
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body()).contains("The directory is unavailable right now");

            // API sign-ins are remembered for 2 s here; after that each asks the directory again.
            pause(Duration.ofSeconds(3));
            HttpResponse<String> api = WebSession.apiJson("GET", portal.url() + "api/v1/me", ADMIN, PASSWORD, null);
            assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
            assertThat(json(api).getString("code")).isEqualTo("DIRECTORY_UNAVAILABLE");

            assertThat(agent.get(portal.url() + "support/queue.xhtml").statusCode())
                    .as("the agent signed in before works on")
                    .isEqualTo(200);
        } finally {
            directory.restore();
        }
        awaitStatus(() -> get("health/ready"), 200, Duration.ofSeconds(30));
        assertThat(new WebSession().signIn(portal.url(), ADMIN, PASSWORD).statusCode())
                .isEqualTo(302);
    }

    private static HttpResponse<String> get(String path) {
        return new WebSession().get(portal.url() + path);
    }

    private static HttpResponse<String> awaitStatus(
            Supplier<HttpResponse<String>> request, int status, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        HttpResponse<String> last = request.get();
        while (last.statusCode() != status && System.nanoTime() < deadline) {
            pause();
            last = request.get();
        }
        assertThat(last.statusCode())
                .as("within " + within + ": " + last.body())
                .isEqualTo(status);
        return last;
    }

    private static Map<String, String> checks(HttpResponse<String> health) {
        return json(health).getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static long millisSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }

    private static void pause() {
        pause(Duration.ofMillis(100));
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
