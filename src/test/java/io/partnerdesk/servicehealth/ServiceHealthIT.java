package io.partnerdesk.servicehealth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.partnerdesk.customer.domain.Customer;
import io.partnerdesk.partner.application.OperatorAccess;
import io.partnerdesk.servicehealth.application.DemoFeed;
import io.partnerdesk.servicehealth.application.ImportResult;
import io.partnerdesk.servicehealth.application.ServiceHealthFeedJob;
import io.partnerdesk.servicehealth.application.ServiceHealthService;
import io.partnerdesk.servicehealth.domain.ServiceHealthRepository;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.testsupport.Api;
import io.partnerdesk.testsupport.Demo;
import io.partnerdesk.testsupport.Deployments;
import io.partnerdesk.testsupport.Fixtures;
import io.partnerdesk.testsupport.SignedIn;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Service health through the running portal: importing the feed (API, URL), incidents and the
 * customers they touch, service management and Administer, roles and isolation. Tests that import
 * use a catalogue service of their own, so the demo services' health is never changed; the one test
 * that reloads the demo feed as a later day's start would puts it back as it was.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceHealthIT {

    private static final Duration TWO_YEARS = Duration.ofDays(730);
    private static final Map<UUID, String> DEMO_CUSTOMERS = Map.of(
            Demo.TAILSPIN, "Tailspin Toys", Demo.ADVENTURE_WORKS, "Adventure Works", Demo.LITWARE, "Litware Inc");

    private static final String ALIAS_TARGET = "Alias Test Service";
    /** An old feed name of a catalogue service, and one for a service the catalogue does not have. */
    private static final String ALIASES = "Legacy Alias Mail=" + ALIAS_TARGET + ";Ghost Feed=No Such Service";

    @Deployment
    static WebArchive deployment() {
        WebArchive archive = Deployments.portalWithTests(ServiceHealthIT.class);
        try {
            String config = Files.readString(
                    Path.of("src/main/resources/META-INF/microprofile-config.properties"), StandardCharsets.UTF_8);
            archive.addAsResource(
                    new StringAsset(config + "\npartnerdesk.servicehealth.service-aliases=" + ALIASES + "\n"),
                    "META-INF/microprofile-config.properties");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return archive;
    }

    @Inject
    Fixtures fixtures;

    @Inject
    Api api;

    @Inject
    ServiceHealthFeedJob feedJob;

    @Inject
    ServiceHealthService serviceHealth;

    @Inject
    SignedIn signedIn;

    @Inject
    DemoFeed demoFeed;

    @Inject
    OperatorAccess operatorAccess;

    @Test
    void importingTheSameDocumentTwiceChangesNothingAndANewerOneUpdatesStatusAndTimeline() {
        Fixtures.TestService service = fixtures.onlineService("Idempotent");
        String id = issueId();
        String first = feed(
                service.feedName(),
                "investigating",
                issue(
                        id,
                        service.feedName(),
                        "investigating",
                        false,
                        "2026-11-20T10:00:00Z",
                        post("09:30", "Looking")));
        long audited = fixtures.auditCount("SERVICE_HEALTH_IMPORTED");

        JsonObject imported = importFeed(first);
        String incidentBefore =
                api.get("alice", "api/v1/serviceincidents/" + id).body();
        JsonObject healthBefore = healthOf(service.serviceId(), "alice");
        JsonObject again = importFeed(first);

        assertThat(imported.getInt("servicesChanged")).isEqualTo(1);
        assertThat(imported.getInt("incidentsAdded")).isEqualTo(1);
        assertThat(List.of(
                        again.getInt("servicesChanged"),
                        again.getInt("incidentsAdded"),
                        again.getInt("incidentsUpdated")))
                .containsOnly(0);
        assertThat(api.get("alice", "api/v1/serviceincidents/" + id).body()).isEqualTo(incidentBefore);
        assertThat(healthOf(service.serviceId(), "alice")).isEqualTo(healthBefore);
        assertThat(healthBefore.getString("status")).isEqualTo("investigating");
        assertThat(fixtures.auditCount("SERVICE_HEALTH_IMPORTED")).isEqualTo(audited + 2);

        String newer = feed(
                service.feedName(),
                "serviceRestored",
                issue(
                        id,
                        service.feedName(),
                        "serviceRestored",
                        true,
                        "2026-11-20T12:00:00Z",
                        post("09:30", "Looking"),
                        post("11:45", "Fixed")));
        JsonObject updated = importFeed(newer);

        assertThat(updated.getInt("servicesChanged")).isEqualTo(1);
        assertThat(updated.getInt("incidentsUpdated")).isEqualTo(1);
        JsonObject incident = api.get("alice", "api/v1/serviceincidents/" + id).json();
        assertThat(incident.getString("status")).isEqualTo("serviceRestored");
        assertThat(incident.getBoolean("isResolved")).isTrue();
        assertThat(postTexts(incident)).containsExactly("Looking", "Fixed");
        assertThat(healthOf(service.serviceId(), "alice").getString("status")).isEqualTo("serviceRestored");

        importFeed(first);

        JsonObject afterOlder =
                api.get("alice", "api/v1/serviceincidents/" + id).json();
        assertThat(afterOlder.getBoolean("isResolved"))
                .as("an older document does not reopen the issue")
                .isTrue();
        assertThat(postTexts(afterOlder)).containsExactly("Looking", "Fixed");
    }

    @Test
    void aMalformedDocumentIsRefusedWholeWithItsReasonAndChangesNothing() {
        Fixtures.TestService service = fixtures.onlineService("Malformed");
        String good = issueId();
        String bad = issue(issueId(), service.feedName(), "investigating", false, null, post("09:30", "x"))
                .replace("2026-11-20T09:00:00Z", "yesterday");
        long audited = fixtures.auditCount("SERVICE_HEALTH_IMPORTED");

        Api.Response refused = api.send(
                "POST",
                "alice",
                "api/v1/servicehealth/feed",
                feed(
                        service.feedName(),
                        "serviceInterruption",
                        issue(good, service.feedName(), "investigating", false, null, post("09:30", "ok")) + ","
                                + bad));
        Api.Response notJson = api.send("POST", "alice", "api/v1/servicehealth/feed", "{\"issues\": [");
        Api.Response unknownStatus =
                api.send("POST", "alice", "api/v1/servicehealth/feed", feed(service.feedName(), "sunny", ""));

        assertThat(List.of(refused, notJson, unknownStatus)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().getString("code")).isEqualTo("MALFORMED_FEED");
        });
        assertThat(refused.json().getString("message"))
                .contains("nothing was imported", "issues[1].startDateTime", "yesterday");
        assertThat(unknownStatus.json().getString("message")).contains("'sunny'");
        assertThat(api.get("alice", "api/v1/serviceincidents/" + good).status()).isEqualTo(404);
        assertThat(healthOf(service.serviceId(), "alice").get("status")).isEqualTo(JsonValue.NULL);
        assertThat(fixtures.auditCount("SERVICE_HEALTH_IMPORTED")).isEqualTo(audited);
    }

    @Test
    void anUploadedFileThatIsMalformedIsRefusedWholeAndChangesNothing() {
        Fixtures.TestService service = fixtures.onlineService("Uploaded");
        String good = issueId();
        String goodIssue = issue(good, service.feedName(), "investigating", false, null, post("09:30", "ok"));
        String malformed = feed(
                service.feedName(),
                "serviceInterruption",
                goodIssue + ","
                        + issue(issueId(), service.feedName(), "investigating", false, null, post("09:30", "x"))
                                .replace("2026-11-20T09:00:00Z", "yesterday"));
        String fileName = "health-" + good + ".json";
        long audited = fixtures.auditCount("SERVICE_HEALTH_IMPORTED");

        signedIn.as("alice");
        assertThatThrownBy(() -> serviceHealth.importUploaded(malformed, fileName))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.code()).isEqualTo("MALFORMED_FEED"))
                .hasMessageContaining("nothing was imported")
                .hasMessageContaining("issues[1].startDateTime");

        assertThat(api.get("alice", "api/v1/serviceincidents/" + good).status()).isEqualTo(404);
        assertThat(healthOf(service.serviceId(), "alice").get("status")).isEqualTo(JsonValue.NULL);
        assertThat(fixtures.auditCount("SERVICE_HEALTH_IMPORTED")).isEqualTo(audited);

        ImportResult corrected =
                serviceHealth.importUploaded(feed(service.feedName(), "serviceInterruption", goodIssue), fileName);
        assertThat(corrected.incidentsAdded()).isEqualTo(1);
        assertThat(fixtures.auditCount("upload:" + fileName, "SERVICE_HEALTH_IMPORTED"))
                .isEqualTo(1);
        signedIn.as("hana");
        assertThatThrownBy(() -> serviceHealth.importUploaded(malformed, fileName))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aResellersGlobalAdminCannotRewriteTheServiceHealthEveryTenantSees() {
        Fixtures.TestService service = fixtures.onlineService("Shared");
        String id = issueId();
        String genuine = feed(
                service.feedName(),
                "investigating",
                issue(id, service.feedName(), "investigating", false, "2026-11-20T10:00:00Z", post("09:30", "Real")));
        importFeed(genuine);
        String forged = genuine.replace("\"title\": \"Issue " + id + "\"", "\"title\": \"Forged by a reseller\"")
                .replace("2026-11-20T10:00:00Z", "2026-11-20T11:00:00Z");
        long auditedBefore = fixtures.auditCount("SERVICE_HEALTH_IMPORTED");

        for (String otherGlobalAdmin : List.of("fiona", "nina", "walt")) {
            Api.Response refused = api.send("POST", otherGlobalAdmin, "api/v1/servicehealth/feed", forged);

            assertThat(refused.status()).as(otherGlobalAdmin).isEqualTo(403);
            assertThat(refused.json().getString("code")).isEqualTo("FORBIDDEN");
        }

        for (String reader : List.of("alice", "hana", "felix", "ned")) {
            assertThat(api.get(reader, "api/v1/serviceincidents/" + id).json().getString("title"))
                    .as("the title %s reads", reader)
                    .isEqualTo("Issue " + id);
        }
        assertThat(fixtures.auditCount("SERVICE_HEALTH_IMPORTED")).isEqualTo(auditedBefore);
    }

    @Test
    void anotherOrganisationsGlobalAdminCannotUploadAFeedAndIsNotOfferedTheUpload() {
        Fixtures.TestService service = fixtures.onlineService("Upload Refused");
        String id = issueId();
        String document =
                feed(service.feedName(), "investigating", issue(id, service.feedName(), "investigating", false, null));

        signedIn.as("fiona");

        assertThat(operatorAccess.isSharedDataAdmin()).isFalse();
        assertThatThrownBy(() -> serviceHealth.importUploaded(document, "fiona.json"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.code()).isEqualTo("FORBIDDEN");
                });
        assertThat(api.get("alice", "api/v1/serviceincidents/" + id).status()).isEqualTo(404);
    }

    @Test
    void aFeedItemDatedInTheFutureIsRefusedWholeAndLaterGenuineUpdatesStillApply() {
        Fixtures.TestService service = fixtures.onlineService("Future");
        String id = issueId();
        importFeed(feed(
                service.feedName(),
                "investigating",
                issue(id, service.feedName(), "investigating", false, "2026-11-20T10:00:00Z", post("09:30", "Real"))));
        String frozen = feed(
                        service.feedName(),
                        "serviceRestored",
                        issue(
                                id,
                                service.feedName(),
                                "investigating",
                                false,
                                "2099-01-01T00:00:00Z",
                                post("09:30", "Real"),
                                post("10:30", "Frozen")))
                .replace("\"title\": \"Issue " + id + "\"", "\"title\": \"Frozen until 2099\"");

        Api.Response refused = api.send("POST", "alice", "api/v1/servicehealth/feed", frozen);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().getString("code")).isEqualTo("FEED_ITEM_IN_FUTURE");
        assertThat(refused.json().getString("message")).contains(id, "lastModifiedDateTime");
        assertThat(refused.body()).contains("\"" + id + "\"");
        assertThat(api.get("alice", "api/v1/serviceincidents/" + id).json().getString("title"))
                .isEqualTo("Issue " + id);
        assertThat(healthOf(service.serviceId(), "alice").getString("status"))
                .as("nothing of the refused document is imported")
                .isEqualTo("investigating");
        Api.Response futurePost = api.send(
                "POST",
                "alice",
                "api/v1/servicehealth/feed",
                feed(
                        service.feedName(),
                        "investigating",
                        issue(id, service.feedName(), "investigating", false, "2026-11-20T10:30:00Z")
                                .replace("\"posts\": []", "\"posts\": [" + post("09:30", "x") + "]")
                                .replace("2026-11-20T09:30:00Z", "2098-11-20T09:30:00Z")));
        assertThat(futurePost.status()).as(futurePost.body()).isEqualTo(422);

        JsonObject genuine = importFeed(feed(
                        service.feedName(),
                        "serviceRestored",
                        issue(
                                id,
                                service.feedName(),
                                "serviceRestored",
                                true,
                                "2026-11-20T12:00:00Z",
                                post("09:30", "Real"),
                                post("11:45", "Fixed")))
                .replace("\"title\": \"Issue " + id + "\"", "\"title\": \"Mail delayed\""));

        assertThat(genuine.getInt("incidentsUpdated")).isEqualTo(1);
        JsonObject incident = api.get("hana", "api/v1/serviceincidents/" + id).json();
        assertThat(incident.getString("title")).isEqualTo("Mail delayed");
        assertThat(postTexts(incident)).containsExactly("Real", "Fixed");
    }

    @Test
    void feedNamesConfiguredAsAliasesMapToTheirCatalogueService() {
        UUID service = fixtures.onlineServiceNamed(ALIAS_TARGET);
        String id = issueId();
        String ghost = issueId();

        JsonObject imported = importFeed(feed(
                "LEGACY alias mail",
                "restoringService",
                issue(id, "Legacy Alias Mail", "restoringService", false, null, post("09:30", "Old name"))
                        + ","
                        + issue(ghost, "Ghost Feed", "investigating", false, null, post("09:30", "Nobody"))));

        assertThat(healthOf(service, "alice").getString("status")).isEqualTo("restoringService");
        JsonObject incident = api.get("alice", "api/v1/serviceincidents/" + id).json();
        assertThat(incident.getString("serviceId")).isEqualTo(service.toString());
        assertThat(imported.getJsonArray("unmappedServices").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString))
                .as("an alias of a service the catalogue lacks maps nothing")
                .containsExactly("Ghost Feed");
        assertThat(api.get("alice", "api/v1/serviceincidents/" + ghost).status())
                .isEqualTo(404);
    }

    @Test
    void theDemoFeedIsDatedToWhenItIsLoadedSoTheChartShowsItsIncidents() {
        Instant started = Instant.parse(api.get("hana", "api/v1/serviceincidents/" + Demo.EXCHANGE_INCIDENT)
                .json()
                .getString("startDateTime"));
        signedIn.as("hana");

        List<ServiceHealthService.WeeklyCount> chart = serviceHealth.incidentsPerWeek(ServiceHealthService.CHART_WEEKS);

        Instant chartStart =
                chart.get(0).weekStart().atStartOfDay(ZoneOffset.UTC).toInstant();
        assertThat(started).isAfter(chartStart).isBefore(Instant.now());
        assertThat(started)
                .as("the demo's newest moments are from yesterday")
                .isAfter(Instant.now().minus(Duration.ofDays(2)));
        LocalDate weekOfStart =
                LocalDate.ofInstant(started, ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertThat(chart)
                .filteredOn(w -> w.weekStart().equals(weekOfStart))
                .singleElement()
                .satisfies(w -> assertThat(w.incidents()).isPositive());
        assertThat(chart.stream().mapToLong(w -> w.incidents() + w.advisories()).sum())
                .as("all five demo issues are in the chart")
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void aStartOnALaterDayMovesTheDemoIncidentsForwardWithoutDoublingTheirTimelines() {
        JsonObject before = api.get("hana", "api/v1/serviceincidents/" + Demo.EXCHANGE_INCIDENT)
                .json();
        JsonObject moved;
        ImportResult sameDayAgain;
        try {
            demoFeed.loadAsOf(Instant.now().plus(Duration.ofDays(3)));
            sameDayAgain = demoFeed.loadAsOf(Instant.now().plus(Duration.ofDays(3)));
            moved = api.get("hana", "api/v1/serviceincidents/" + Demo.EXCHANGE_INCIDENT)
                    .json();
        } finally {
            demoFeed.loadAsOf(Instant.now());
        }

        assertThat(sameDayAgain.changedAnything()).isFalse();
        assertThat(Instant.parse(moved.getString("startDateTime")))
                .isEqualTo(Instant.parse(before.getString("startDateTime")).plus(Duration.ofDays(3)));
        assertThat(postTexts(moved)).isEqualTo(postTexts(before));
        assertThat(postTimes(moved))
                .isEqualTo(postTimes(before).stream()
                        .map(t -> t.plus(Duration.ofDays(3)))
                        .toList());
        JsonObject restored = api.get("hana", "api/v1/serviceincidents/" + Demo.EXCHANGE_INCIDENT)
                .json();
        assertThat(restored.getString("startDateTime")).isEqualTo(before.getString("startDateTime"));
        assertThat(postTimes(restored)).isEqualTo(postTimes(before));
    }

    @Test
    void theFeedIsImportedFromAUrlLikeTheScheduledPollDoes() throws IOException {
        Fixtures.TestService service = fixtures.onlineService("Polled");
        String id = issueId();
        byte[] document = feed(
                        service.feedName(),
                        "serviceDegradation",
                        issue(id, service.feedName(), "serviceDegradation", false, null, post("09:30", "Slow")))
                .getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, document.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(document);
            }
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();

            ImportResult first = feedJob.importFrom(URI.create(base + "/feed.json"));
            ImportResult second = feedJob.importFrom(URI.create(base + "/feed.json"));

            assertThat(first.incidentsAdded()).isEqualTo(1);
            assertThat(first.servicesChanged()).isEqualTo(1);
            assertThat(second.changedAnything()).isFalse();
            assertThat(api.get("hana", "api/v1/serviceincidents/" + id).json().getString("title"))
                    .isEqualTo("Issue " + id);
            for (String operatorAdmin : List.of("alice", "uma")) {
                assertThat(api
                                .get(operatorAdmin, "api/v1/auditrecords?filter=" + base + "/feed.json")
                                .json()
                                .getJsonArray("items")
                                .getValuesAs(JsonObject.class)
                                .stream()
                                .map(r -> r.getString("action")))
                        .as("the poll's import in the log %s reads", operatorAdmin)
                        .containsExactly("SERVICE_HEALTH_IMPORTED");
            }
            assertThat(api.get("fiona", "api/v1/auditrecords?filter=" + base + "/feed.json")
                            .json()
                            .getInt("totalCount"))
                    .isZero();
            assertThatThrownBy(() -> feedJob.importFrom(URI.create(base + "/missing.json")))
                    .isInstanceOfSatisfying(
                            BusinessException.class, e -> assertThat(e.code()).isEqualTo("FEED_UNREACHABLE"))
                    .hasMessageContaining("HTTP 404");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void impactedCustomersAreTheCallersOwnWithAnActiveSubscriptionToTheService() {
        Fixtures.TestService service = fixtures.onlineService("Impact");
        UUID reseller = fixtures.reseller("Impact Reseller");
        fixtures.partnership(Demo.CONTOSO, reseller, true);
        String staff = fixtures.staff(reseller, "partnerdesk-helpdesk-agents");
        UUID using = fixtures.customer("Using");
        UUID suspended = fixtures.customer("Suspended");
        UUID removed = fixtures.customer("Removed");
        UUID notMine = fixtures.customer("Not Mine");
        fixtures.relationship(reseller, using, null);
        fixtures.relationship(reseller, suspended, null);
        fixtures.removeRelationship(fixtures.relationship(reseller, removed, null));
        fixtures.relationship(Demo.CONTOSO, notMine, null);
        for (UUID customer : List.of(using, suspended, removed, notMine)) {
            UUID subscription = fixtures.subscription(customer, service.productId(), Demo.CONTOSO, null, Demo.CONTOSO);
            if (customer.equals(suspended)) {
                fixtures.suspendSubscription(subscription);
            }
        }
        String id = issueId();
        importFeed(feed(
                service.feedName(),
                "serviceInterruption",
                issue(id, service.feedName(), "serviceInterruption", false, null, post("09:30", "Down"))));

        JsonObject forReseller = api.get(staff, "api/v1/serviceincidents/" + id).json();
        JsonObject forContoso = api.get("hana", "api/v1/serviceincidents/" + id).json();

        assertThat(forReseller.getInt("impactedCustomerCount")).isEqualTo(1);
        assertThat(customerIds(forReseller)).containsExactly(using.toString());
        assertThat(customerIds(forContoso)).containsExactly(notMine.toString());
        assertThat(healthOf(service.serviceId(), staff).getInt("impactedCustomerCount"))
                .isEqualTo(1);
        JsonObject byService = api.get(staff, "api/v1/serviceincidents?serviceId=" + service.serviceId())
                .json();
        assertThat(byService.getInt("totalCount")).isEqualTo(1);
        assertThat(byService.getJsonArray("items").getJsonObject(0).getInt("impactedCustomerCount"))
                .isEqualTo(1);
        assertThat(incidentIds(api.get(staff, "api/v1/serviceincidents?status=active&customerId=" + using)
                        .json()))
                .contains(id);
        assertThat(incidentIds(api.get(staff, "api/v1/serviceincidents?customerId=" + suspended)
                        .json()))
                .doesNotContain(id);
        assertThat(api.get("hana", "api/v1/serviceincidents?customerId=" + using)
                        .status())
                .isEqualTo(404);
        assertThat(api.get(staff, "api/v1/customers/" + notMine + "/managedservices")
                        .status())
                .isEqualTo(404);
        assertThat(api.get(staff, "api/v1/customers/" + removed + "/servicehealth")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theDashboardListsTheFirstTenTroubledCustomersByNameAndSaysWhenThereAreMore() {
        Fixtures.TestService service = fixtures.onlineService("Widget");
        UUID reseller = fixtures.reseller("Widget Reseller");
        fixtures.partnership(Demo.CONTOSO, reseller, true);
        String staff = fixtures.staff(reseller, "partnerdesk-helpdesk-agents");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 12; i >= 1; i--) {
            UUID customer = fixtures.customer(String.format("Widget %s %02d", tag, i));
            fixtures.relationship(reseller, customer, null);
            fixtures.subscription(customer, service.productId(), Demo.CONTOSO, reseller, reseller);
        }
        UUID healthy = fixtures.customer("Widget " + tag + " 00 healthy");
        fixtures.relationship(reseller, healthy, null);
        UUID notMine = fixtures.customer("Widget " + tag + " 00 not mine");
        fixtures.relationship(Demo.CONTOSO, notMine, null);
        fixtures.subscription(notMine, service.productId(), Demo.CONTOSO, null, Demo.CONTOSO);
        importFeed(feed(
                service.feedName(),
                "serviceDegradation",
                issue(issueId(), service.feedName(), "serviceDegradation", false, null, post("08:15", "Slow"))));

        signedIn.as(staff);
        ServiceHealthService.TroubledCustomers troubled = serviceHealth.troubledCustomers();

        assertThat(troubled.first())
                .extracting(c -> c.customerName().substring(0, ("Widget " + tag + " 01").length()))
                .containsExactly(java.util.stream.IntStream.rangeClosed(1, 10)
                        .mapToObj(i -> String.format("Widget %s %02d", tag, i))
                        .toArray(String[]::new));
        assertThat(troubled.first().get(0).services())
                .extracting(ServiceHealthRepository.TroubledService::serviceId)
                .containsExactly(service.serviceId());
        assertThat(troubled.more()).isTrue();
    }

    @Test
    void theCustomerFilterSuggestsAShortListOfTheCallersOwnCustomersByName() {
        UUID reseller = fixtures.reseller("Suggesting Reseller");
        String staff = fixtures.staff(reseller, "partnerdesk-helpdesk-agents");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 25; i >= 1; i--) {
            fixtures.relationship(reseller, fixtures.customer(String.format("Quokka %s %02d", tag, i)), null);
        }
        UUID notMine = fixtures.customer("Quokka " + tag + " 00 not mine");
        fixtures.relationship(Demo.CONTOSO, notMine, null);

        signedIn.as(staff);
        List<Customer> suggested = serviceHealth.customersMatching("quokka " + tag.toUpperCase());

        assertThat(suggested)
                .extracting(c -> c.getCompanyName().substring(0, ("Quokka " + tag + " 01").length()))
                .containsExactly(java.util.stream.IntStream.rangeClosed(1, ServiceHealthService.CUSTOMER_SUGGESTIONS)
                        .mapToObj(i -> String.format("Quokka %s %02d", tag, i))
                        .toArray(String[]::new));
        assertThat(serviceHealth.customersMatching("q"))
                .as("one letter is not enough")
                .isEmpty();
        assertThat(serviceHealth.customersMatching(" 00 not mine")).isEmpty();
        assertThat(serviceHealth.customer(suggested.get(0).getId()).getCompanyName())
                .isEqualTo(suggested.get(0).getCompanyName());
        assertThatThrownBy(() -> serviceHealth.customer(notMine))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.status()).isEqualTo(404));
        signedIn.as("sam");
        assertThatThrownBy(() -> serviceHealth.customersMatching("quokka " + tag))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theDemoIncidentsTouchTheRightDemoCustomers() {
        JsonObject exchangeForContoso = api.get("hana", "api/v1/serviceincidents/" + Demo.EXCHANGE_INCIDENT)
                .json();
        JsonObject exchangeForNorthwind = api.get("ned", "api/v1/serviceincidents/" + Demo.EXCHANGE_INCIDENT)
                .json();
        JsonObject teamsForContoso = api.get("adam", "api/v1/serviceincidents/" + Demo.TEAMS_INCIDENT)
                .json();

        assertThat(exchangeForContoso.getString("serviceName")).isEqualTo("Exchange Online");
        assertThat(exchangeForContoso.getBoolean("isResolved")).isFalse();
        assertThat(demoCustomers(exchangeForContoso))
                .containsExactlyInAnyOrder("Tailspin Toys", "Adventure Works", "Litware Inc");
        assertThat(demoCustomers(exchangeForNorthwind)).containsExactlyInAnyOrder("Tailspin Toys", "Adventure Works");
        assertThat(teamsForContoso.getBoolean("isResolved")).isTrue();
        assertThat(demoCustomers(teamsForContoso)).containsExactlyInAnyOrder("Tailspin Toys", "Adventure Works");
        for (JsonObject incident : List.of(exchangeForContoso, exchangeForNorthwind, teamsForContoso)) {
            assertThat(incident.getInt("impactedCustomerCount"))
                    .isEqualTo(incident.getJsonArray("impactedCustomers").size());
        }
        assertThat(postTexts(exchangeForContoso)).hasSize(3).last().asString().contains("60%");
        assertThat(incidentIds(api.get("hana", "api/v1/serviceincidents?status=active&size=500")
                        .json()))
                .contains(Demo.EXCHANGE_INCIDENT)
                .doesNotContain(Demo.TEAMS_INCIDENT);
        assertThat(incidentIds(api.get("hana", "api/v1/serviceincidents?status=resolved&size=500")
                        .json()))
                .contains(Demo.TEAMS_INCIDENT)
                .doesNotContain(Demo.EXCHANGE_INCIDENT);
        JsonObject onePage = api.get("hana", "api/v1/serviceincidents?size=1").json();
        assertThat(onePage.getJsonArray("items")).hasSize(1);
        assertThat(onePage.getInt("totalCount")).isGreaterThanOrEqualTo(5);
        assertThat(incidentIds(api.get("hana", "api/v1/serviceincidents?customerId=" + Demo.LITWARE)
                        .json()))
                .contains(Demo.EXCHANGE_INCIDENT)
                .doesNotContain(Demo.TEAMS_INCIDENT);
    }

    @Test
    void administerNeedsDelegatedAdminAndIsAudited() {
        JsonObject exchange =
                byName(api.get("adam", "api/v1/customers/" + Demo.TAILSPIN + "/managedservices"), "Exchange Online");
        JsonObject litwareExchange =
                byName(api.get("adam", "api/v1/customers/" + Demo.LITWARE + "/managedservices"), "Exchange Online");
        long opened = fixtures.auditCount(Demo.EXCHANGE_ONLINE, "ADMIN_PORTAL_OPENED");
        String administer = "api/v1/customers/%s/managedservices/%s/administer";

        Api.Response allowed = api.send("POST", "adam", administer.formatted(Demo.TAILSPIN, Demo.EXCHANGE_ONLINE), "");
        Api.Response noDelegatedAdmin =
                api.send("POST", "adam", administer.formatted(Demo.LITWARE, Demo.EXCHANGE_ONLINE), "");
        Api.Response northwindWithout =
                api.send("POST", "ned", administer.formatted(Demo.TAILSPIN, Demo.EXCHANGE_ONLINE), "");
        Api.Response notItsService =
                api.send("POST", "adam", administer.formatted(Demo.LITWARE, Demo.MICROSOFT_TEAMS), "");

        assertThat(exchange.getString("health")).isEqualTo("serviceDegradation");
        assertThat(exchange.getString("adminPortalUrl"))
                .isEqualTo("https://admin.exchange.microsoft.com/?tenantId=e0000000-0000-4000-8000-000000000001");
        assertThat(exchange.get("reason")).isEqualTo(JsonValue.NULL);
        assertThat(litwareExchange.get("adminPortalUrl")).isEqualTo(JsonValue.NULL);
        assertThat(litwareExchange.getString("reason")).contains("Litware Inc", "delegated admin");
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.json().getString("url")).isEqualTo(exchange.getString("adminPortalUrl"));
        assertThat(List.of(noDelegatedAdmin, northwindWithout)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.json().getString("code")).isEqualTo("DELEGATED_ADMIN_REQUIRED");
        });
        assertThat(notItsService.status()).isEqualTo(404);
        assertThat(fixtures.auditCount(Demo.EXCHANGE_ONLINE, "ADMIN_PORTAL_OPENED"))
                .isEqualTo(opened + 1);
    }

    @Test
    void salesAgentsAndCustomerAdminsAreRefusedAndOnlyGlobalAdminsImport() {
        String customerAdmin = fixtures.customerAdmin(fixtures.customer("Refused Admin"));
        List<String> reads = List.of(
                "api/v1/servicehealth",
                "api/v1/serviceincidents",
                "api/v1/serviceincidents/" + Demo.EXCHANGE_INCIDENT,
                "api/v1/customers/" + Demo.TAILSPIN + "/servicehealth",
                "api/v1/customers/" + Demo.TAILSPIN + "/managedservices");

        for (String path : reads) {
            assertThat(api.get("sam", path).status()).as("sam " + path).isEqualTo(403);
            assertThat(api.get("tom", path).status()).as("tom " + path).isEqualTo(403);
            assertThat(api.get(customerAdmin, path).status())
                    .as("customer admin " + path)
                    .isEqualTo(403);
            assertThat(api.get(null, path).status()).as("anonymous " + path).isEqualTo(401);
            for (String allowed : List.of("alice", "adam", "hana", "uma")) {
                assertThat(api.get(allowed, path).status())
                        .as(allowed + " " + path)
                        .isEqualTo(200);
            }
        }
        String empty = "{\"healthOverviews\": []}";
        assertThat(api.send("POST", "hana", "api/v1/servicehealth/feed", empty).status())
                .isEqualTo(403);
        assertThat(api.send("POST", "sam", "api/v1/servicehealth/feed", empty).status())
                .isEqualTo(403);
        assertThat(api.send(
                                "POST",
                                "sam",
                                "api/v1/customers/%s/managedservices/%s/administer"
                                        .formatted(Demo.TAILSPIN, Demo.EXCHANGE_ONLINE),
                                "")
                        .status())
                .isEqualTo(403);
        assertThat(api.send("POST", "alice", "api/v1/servicehealth/feed", empty).status())
                .isEqualTo(200);
    }

    private JsonObject importFeed(String document) {
        Api.Response response = api.send("POST", "alice", "api/v1/servicehealth/feed", document);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonObject healthOf(UUID serviceId, String user) {
        Api.Response response = api.get(user, "api/v1/servicehealth");
        assertThat(response.status()).isEqualTo(200);
        return jsonArray(response).stream()
                .filter(s -> s.getString("serviceId").equals(serviceId.toString()))
                .findFirst()
                .orElseThrow();
    }

    private static JsonObject byName(Api.Response response, String name) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return jsonArray(response).stream()
                .filter(s -> s.getString("name").equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static List<JsonObject> jsonArray(Api.Response response) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    private static List<String> postTexts(JsonObject incident) {
        return incident.getJsonArray("posts").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("text"))
                .toList();
    }

    private static List<Instant> postTimes(JsonObject incident) {
        return incident.getJsonArray("posts").getValuesAs(JsonObject.class).stream()
                .map(p -> Instant.parse(p.getString("publishedDateTime")))
                .toList();
    }

    private static List<String> customerIds(JsonObject incident) {
        return incident.getJsonArray("impactedCustomers").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("id"))
                .toList();
    }

    /** The impacted customers that are demo customers (other tests add customers of their own). */
    private static Set<String> demoCustomers(JsonObject incident) {
        return incident.getJsonArray("impactedCustomers").getValuesAs(JsonObject.class).stream()
                .filter(c -> DEMO_CUSTOMERS.containsKey(UUID.fromString(c.getString("id"))))
                .map(c -> c.getString("companyName"))
                .collect(Collectors.toSet());
    }

    private static List<String> incidentIds(JsonObject list) {
        return list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("id"))
                .toList();
    }

    private static String issueId() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String feed(String service, String status, String issues) {
        return """
                {"healthOverviews": [{"service": "%s", "status": "%s"}], "issues": [%s]}"""
                .formatted(service, status, issues);
    }

    private static String issue(
            String id, String service, String status, boolean resolved, String lastModified, String... posts) {
        return """
                {"id": "%s", "title": "Issue %s", "service": "%s", "status": "%s", "classification": "incident",
                 "impactDescription": "Users are affected", "startDateTime": "2026-11-20T09:00:00Z",
                 "endDateTime": %s, "isResolved": %s, "lastModifiedDateTime": %s, "posts": [%s]}"""
                .formatted(
                        id,
                        id,
                        service,
                        status,
                        resolved ? "\"2026-11-20T11:50:00Z\"" : "null",
                        resolved,
                        lastModified == null ? "null" : "\"" + lastModified + "\"",
                        String.join(",", Arrays.asList(posts)));
    }

    private static String post(String time, String text) {
        return """
                {"createdDateTime": "2026-11-20T%s:00Z", "description": {"contentType": "html", "content": "<p>%s</p>"}}"""
                .formatted(time, text);
    }
}
