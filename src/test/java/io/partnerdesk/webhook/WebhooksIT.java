package io.partnerdesk.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.partnerdesk.testsupport.Api;
import io.partnerdesk.testsupport.Demo;
import io.partnerdesk.testsupport.Deployments;
import io.partnerdesk.testsupport.Fixtures;
import io.partnerdesk.testsupport.Fixtures.Desk;
import io.partnerdesk.webhook.application.WebhookSignature;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks through the REST API of the running portal, each test with organisations of its own and a
 * receiver on loopback (which the embedded run allows): registration and its refusals, signed
 * deliveries of one's own events only, retries after a refusal, and deletion.
 */
@ExtendWith(ArquillianExtension.class)
class WebhooksIT {

    private static final String GLOBAL_ADMINS = "partnerdesk-global-admins";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTests(WebhooksIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    Api api;

    private HttpServer receiver;
    /** What the receiver got: path, headers and body of each post. */
    private final List<Received> received = new CopyOnWriteArrayList<>();
    /** How many posts the receiver refuses with 500 before it accepts. */
    private final AtomicInteger refusals = new AtomicInteger();

    record Received(String path, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        JsonObject json() {
            return Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))
                    .readObject();
        }
    }

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(
                    new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body));
            int status = refusals.getAndDecrement() > 0 ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    /** The webhooks a test registered, deleted after it: no later test's events go to a closed port. */
    private final List<String[]> registeredByThisTest = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopReceiver() {
        for (String[] webhook : registeredByThisTest) {
            api.send("DELETE", webhook[0], "api/v1/webhooks/" + webhook[1], "");
        }
        receiver.stop(0);
    }

    private String receiverUrl(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    /** A provider of its own: its global admin, and a customer whose subscription it supports. */
    private Desk provider() {
        return fixtures.desk("Webhook", GLOBAL_ADMINS);
    }

    private Api.Response register(String admin, String url, String events) {
        return api.send("POST", admin, "api/v1/webhooks", "{\"url\":\"" + url + "\",\"events\":[" + events + "]}");
    }

    private JsonObject registered(String admin, String url, String events) {
        Api.Response answer = register(admin, url, events);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        registeredByThisTest.add(new String[] {admin, answer.json().getString("id")});
        return answer.json();
    }

    private String openRequest(Desk provider, String title) {
        Api.Response opened = api.send(
                "POST",
                provider.customerAdmin(),
                "api/v1/customer/supportrequests",
                "{\"subscriptionId\":\"%s\",\"title\":\"%s\",\"description\":\"Nothing arrives.\",\"severity\":\"B\"}"
                        .formatted(provider.subscription(), title));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().getString("id");
    }

    private List<Received> receivedOn(String path, int atLeast, Duration within) {
        Instant until = Instant.now().plus(within);
        while (Instant.now().isBefore(until)) {
            List<Received> mine =
                    received.stream().filter(r -> r.path().equals(path)).toList();
            if (mine.size() >= atLeast) {
                return mine;
            }
            sleep(200);
        }
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRegisteredWebhookReceivesSignedEventsAboutItsOrganisationsOwnRequestsOnly() {
        Desk mine = provider();
        Desk other = provider();
        JsonObject webhook = registered(
                mine.staff(), receiverUrl("/mine"), "\"SUPPORT_REQUEST_CREATED\",\"SUPPORT_CONTACT_CHANGED\"");
        JsonObject otherWebhook = registered(other.staff(), receiverUrl("/other"), "\"SUPPORT_REQUEST_CREATED\"");
        String secret = webhook.getString("secret");
        assertThat(secret).matches("[0-9a-f]{64}");
        assertThat(api.get(mine.staff(), "api/v1/webhooks").json().getJsonArray("items"))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.asJsonObject().getString("url")).isEqualTo(receiverUrl("/mine"));
                    assertThat(item.asJsonObject().containsKey("secret")
                                    && !item.asJsonObject().isNull("secret"))
                            .as("the secret is shown once, at registration")
                            .isFalse();
                });

        String request = openRequest(mine, "Mail stuck since Monday");

        List<Received> posts = receivedOn("/mine", 1, Duration.ofSeconds(20));
        assertThat(posts).hasSize(1);
        Received post = posts.get(0);
        assertThat(WebhookSignature.verify(secret, post.body(), post.header("X-PartnerDesk-Signature")))
                .as("signature " + post.header("X-PartnerDesk-Signature"))
                .isTrue();
        assertThat(post.header("X-PartnerDesk-Event")).isEqualTo("SUPPORT_REQUEST_CREATED");
        JsonObject body = post.json();
        assertThat(body.getString("event")).isEqualTo("SUPPORT_REQUEST_CREATED");
        assertThat(body.getString("organisationId")).isEqualTo(mine.provider().toString());
        assertThat(body.getJsonObject("resource").getString("id")).isEqualTo(request);
        assertThat(body.getJsonObject("data").getString("title")).isEqualTo("Mail stuck since Monday");

        JsonObject delivery = api.get(mine.staff(), "api/v1/webhooks/" + webhook.getString("id") + "/deliveries")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertThat(delivery.getString("status")).isEqualTo("DELIVERED");
        assertThat(delivery.getInt("attempts")).isEqualTo(1);
        assertThat(delivery.getInt("responseCode")).isEqualTo(204);

        // The other provider's webhook heard nothing: no delivery was even written for it.
        assertThat(api.get(other.staff(), "api/v1/webhooks/" + otherWebhook.getString("id") + "/deliveries")
                        .json()
                        .getInt("totalCount"))
                .isZero();
        assertThat(received).noneMatch(r -> r.path().equals("/other"));
        // And it cannot see, read the log of, or delete the first provider's webhook.
        String id = webhook.getString("id");
        assertThat(api.get(other.staff(), "api/v1/webhooks/" + id).status()).isEqualTo(404);
        assertThat(api.get(other.staff(), "api/v1/webhooks/" + id + "/deliveries")
                        .status())
                .isEqualTo(404);
        assertThat(api.send("DELETE", other.staff(), "api/v1/webhooks/" + id, "")
                        .status())
                .isEqualTo(404);
        assertThat(api.get(mine.staff(), "api/v1/webhooks/" + id).status()).isEqualTo(200);
    }

    @Test
    void aSupportContactChangeIsToldToTheProviderAndTheNewContactAndNobodyElse() {
        Desk mine = provider();
        UUID reseller = fixtures.reseller("Webhook reseller");
        fixtures.partnership(mine.provider(), reseller, true);
        UUID customer = fixtures.customer("Webhook reseller customer");
        fixtures.relationship(mine.provider(), customer, Duration.ofDays(30));
        fixtures.relationship(reseller, customer, Duration.ofDays(30));
        UUID subscription =
                fixtures.subscription(customer, Demo.EXCHANGE_PLAN_1, mine.provider(), reseller, mine.provider());
        String resellerAdmin = fixtures.staff(reseller, GLOBAL_ADMINS);
        registered(mine.staff(), receiverUrl("/provider"), "\"SUPPORT_CONTACT_CHANGED\"");
        registered(resellerAdmin, receiverUrl("/reseller"), "\"SUPPORT_CONTACT_CHANGED\"");
        registered(provider().staff(), receiverUrl("/stranger"), "\"SUPPORT_CONTACT_CHANGED\"");

        Api.Response changed = api.send(
                "PUT",
                mine.staff(),
                "api/v1/customers/" + customer + "/subscriptions/" + subscription + "/supportcontact",
                "{\"partnerId\":\"" + reseller + "\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        JsonObject toProvider =
                receivedOn("/provider", 1, Duration.ofSeconds(20)).get(0).json();
        JsonObject toReseller =
                receivedOn("/reseller", 1, Duration.ofSeconds(20)).get(0).json();
        assertThat(toProvider.getString("organisationId"))
                .isEqualTo(mine.provider().toString());
        assertThat(toReseller.getString("organisationId")).isEqualTo(reseller.toString());
        for (JsonObject event : List.of(toProvider, toReseller)) {
            assertThat(event.getString("event")).isEqualTo("SUPPORT_CONTACT_CHANGED");
            assertThat(event.getJsonObject("resource").getString("id")).isEqualTo(subscription.toString());
            assertThat(event.getJsonObject("data").getString("supportContactId"))
                    .isEqualTo(reseller.toString());
            assertThat(event.getJsonObject("data").getString("previousSupportContactId"))
                    .isEqualTo(mine.provider().toString());
        }
        assertThat(received).noneMatch(r -> r.path().equals("/stranger"));
    }

    @Test
    void aServiceIncidentIsToldToEveryPartnerWithAWebhookForIncidents() {
        Desk mine = provider();
        JsonObject webhook = registered(mine.staff(), receiverUrl("/incidents"), "\"SERVICE_INCIDENT_UPDATED\"");
        Fixtures.TestService service = fixtures.onlineService("Webhook incidents");
        String issue = "W" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String feed =
                """
                {"healthOverviews": [{"service": "%s", "status": "serviceDegradation"}], "issues": [
                 {"id": "%s", "title": "Mail delayed", "service": "%s", "status": "investigating",
                  "classification": "incident", "impactDescription": "Users are affected",
                  "startDateTime": "2026-11-20T09:00:00Z", "endDateTime": null, "isResolved": false,
                  "lastModifiedDateTime": null, "posts": []}]}"""
                        .formatted(service.feedName(), issue, service.feedName());

        Api.Response imported = api.send("POST", "alice", "api/v1/servicehealth/feed", feed);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        Received post = receivedOn("/incidents", 1, Duration.ofSeconds(20)).get(0);
        JsonObject event = post.json();
        assertThat(event.getString("event")).isEqualTo("SERVICE_INCIDENT_UPDATED");
        assertThat(event.getString("organisationId")).isEqualTo(mine.provider().toString());
        assertThat(event.getJsonObject("resource").getString("type")).isEqualTo("ServiceIncident");
        assertThat(event.getJsonObject("resource").getString("id")).isEqualTo(issue);
        assertThat(event.getJsonObject("data").getString("title")).isEqualTo("Mail delayed");
        assertThat(WebhookSignature.verify(
                        webhook.getString("secret"), post.body(), post.header("X-PartnerDesk-Signature")))
                .isTrue();
    }

    @Test
    void aDeliveryTheReceiverRefusesIsTriedAgainWithTheSameSignedBody() {
        Desk mine = provider();
        JsonObject webhook = registered(mine.staff(), receiverUrl("/flaky"), "\"SUPPORT_REQUEST_CREATED\"");
        refusals.set(1);

        openRequest(mine, "Calendar sharing fails");

        List<Received> posts = receivedOn("/flaky", 2, Duration.ofSeconds(45));
        assertThat(posts).as("the refused post and the retry 10 s later").hasSize(2);
        assertThat(posts.get(1).body()).isEqualTo(posts.get(0).body());
        assertThat(posts.get(1).header("X-PartnerDesk-Delivery"))
                .isEqualTo(posts.get(0).header("X-PartnerDesk-Delivery"));
        assertThat(WebhookSignature.verify(
                        webhook.getString("secret"),
                        posts.get(1).body(),
                        posts.get(1).header("X-PartnerDesk-Signature")))
                .isTrue();
        JsonObject delivery = deliveryOnceSettled(mine.staff(), webhook.getString("id"));
        assertThat(delivery.getString("status")).isEqualTo("DELIVERED");
        assertThat(delivery.getInt("attempts")).isEqualTo(2);
        Api.Response metrics = api.send(api.request("metrics", null).setHeader("Accept", "text/plain"));
        assertThat(metrics.body())
                .as("the refused attempt is counted for the operator")
                .containsPattern("(?m)^partnerdesk_webhook_deliveries_failed_total(\\{[^}]*})? [1-9]");
    }

    private JsonObject deliveryOnceSettled(String admin, String webhookId) {
        Instant until = Instant.now().plusSeconds(10);
        JsonObject delivery;
        do {
            delivery = api.get(admin, "api/v1/webhooks/" + webhookId + "/deliveries")
                    .json()
                    .getJsonArray("items")
                    .getJsonObject(0);
            if (!"PENDING".equals(delivery.getString("status"))) {
                return delivery;
            }
            sleep(200);
        } while (Instant.now().isBefore(until));
        return delivery;
    }

    @Test
    void registrationRefusesWhatIsNoSafeAddressOrNoEventWithTheApiErrorAndWritesNothing() {
        Desk mine = provider();
        Map<String, String> refused = Map.of(
                "{\"url\":\"ftp://hooks.example.com/x\",\"events\":[\"SUPPORT_REQUEST_CREATED\"]}",
                "WEBHOOK_URL_INVALID",
                "{\"url\":\"https://me:pw@hooks.example.com/x\",\"events\":[\"SUPPORT_REQUEST_CREATED\"]}",
                "WEBHOOK_URL_INVALID",
                "{\"url\":\"http://hooks.example.com/x\",\"events\":[\"SUPPORT_REQUEST_CREATED\"]}",
                "WEBHOOK_URL_NOT_HTTPS",
                "{\"url\":\"https://10.0.0.1/x\",\"events\":[\"SUPPORT_REQUEST_CREATED\"]}",
                "WEBHOOK_URL_PRIVATE",
                "{\"url\":\"https://127.0.0.1/x\",\"events\":[\"SUPPORT_REQUEST_CREATED\"]}",
                "WEBHOOK_URL_PRIVATE",
                "{\"url\":\"https://[::1]/x\",\"events\":[\"SUPPORT_REQUEST_CREATED\"]}",
                "WEBHOOK_URL_PRIVATE",
                "{\"events\":[\"SUPPORT_REQUEST_CREATED\"]}",
                "WEBHOOK_URL_REQUIRED",
                "{\"url\":\"" + receiverUrl("/x") + "\",\"events\":[]}",
                "WEBHOOK_EVENTS_REQUIRED",
                "{\"url\":\"" + receiverUrl("/x") + "\"}",
                "WEBHOOK_EVENTS_REQUIRED");
        refused.forEach((body, code) -> {
            Api.Response answer = api.send("POST", mine.staff(), "api/v1/webhooks", body);
            assertThat(answer.status()).as(body + " -> " + answer.body()).isEqualTo(422);
            assertThat(answer.header("Content-Type")).startsWith("application/json");
            assertThat(answer.json().getString("code")).as(body).isEqualTo(code);
            assertThat(answer.json().getString("message")).isNotBlank();
        });
        for (String malformed :
                List.of("{\"url\":\"" + receiverUrl("/x") + "\",\"events\":[\"EVERYTHING\"]}", "{\"url\":", "[1]")) {
            Api.Response answer = api.send("POST", mine.staff(), "api/v1/webhooks", malformed);
            assertThat(answer.status()).as(malformed + " -> " + answer.body()).isEqualTo(400);
            assertThat(answer.json().getString("code")).isNotBlank();
        }

        assertThat(api.get(mine.staff(), "api/v1/webhooks").json().getInt("totalCount"))
                .isZero();
    }

    @Test
    void anOrganisationHasAtMostTenWebhooks() {
        Desk mine = provider();
        for (int i = 0; i < 10; i++) {
            registered(mine.staff(), receiverUrl("/n" + i), "\"SUPPORT_CONTACT_CHANGED\"");
        }

        Api.Response eleventh = register(mine.staff(), receiverUrl("/n10"), "\"SUPPORT_CONTACT_CHANGED\"");

        assertThat(eleventh.status()).isEqualTo(422);
        assertThat(eleventh.json().getString("code")).isEqualTo("WEBHOOK_LIMIT");
        assertThat(api.get(mine.staff(), "api/v1/webhooks").json().getInt("totalCount"))
                .isEqualTo(10);
    }

    @Test
    void aDeletedWebhookIsGoneFromTheListReceivesNothingMoreAndBothStepsAreAudited() {
        Desk mine = provider();
        JsonObject webhook = registered(mine.staff(), receiverUrl("/gone"), "\"SUPPORT_REQUEST_CREATED\"");
        String id = webhook.getString("id");

        Api.Response deleted = api.send("DELETE", mine.staff(), "api/v1/webhooks/" + id, "");

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get(mine.staff(), "api/v1/webhooks").json().getInt("totalCount"))
                .isZero();
        assertThat(api.get(mine.staff(), "api/v1/webhooks/" + id).status()).isEqualTo(404);
        assertThat(api.send("DELETE", mine.staff(), "api/v1/webhooks/" + id, "").status())
                .as("deleting twice")
                .isEqualTo(404);
        assertThat(fixtures.auditCount(UUID.fromString(id), "WEBHOOK_REGISTERED"))
                .isEqualTo(1);
        assertThat(fixtures.auditCount(UUID.fromString(id), "WEBHOOK_DELETED")).isEqualTo(1);

        openRequest(mine, "After the webhook was deleted");
        sleep(3000);
        assertThat(received).noneMatch(r -> r.path().equals("/gone"));
    }
}
