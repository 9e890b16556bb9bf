package io.partnerdesk.support.requests;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.shared.persistence.RuntimeMode;
import io.partnerdesk.testsupport.Api;
import io.partnerdesk.testsupport.Deployments;
import io.partnerdesk.testsupport.Fixtures;
import io.partnerdesk.testsupport.Fixtures.Desk;
import io.partnerdesk.testsupport.SupportFixtures;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The queue searched by words and the SLA report, through the REST API, each test with a provider of
 * its own. Searching the support queue by words ({@code GET /api/v1/supportrequests?q=}), each test with a
 * provider of its own: words of the title, the description and the notes, every word required,
 * combined with the other filters, English and Turkish, never another organisation's requests. Runs on
 * the embedded database (words matched as parts of the text) and on PostgreSQL (full-text search,
 * ranked: checked there). The SLA report ({@code GET /api/v1/reports/sla}) on requests dated into two
 * past months: first-response percentiles and breaches per month and severity, as JSON and CSV,
 * nothing of another organisation, and periods it cannot cover refused with the API's error.
 */
@ExtendWith(ArquillianExtension.class)
class SupportSearchAndReportIT {

    private static final String REPORT = "api/v1/reports/sla?from=2026-10&to=2026-11";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTests(SupportSearchAndReportIT.class, SupportFixtures.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    Api api;

    @Inject
    RuntimeMode runtimeMode;

    @Inject
    SupportFixtures support;

    private Desk desk() {
        return fixtures.desk("Search", "partnerdesk-helpdesk-agents");
    }

    private String open(Desk desk, String title, String description) {
        Api.Response opened = api.send(
                "POST",
                desk.customerAdmin(),
                "api/v1/customer/supportrequests",
                "{\"subscriptionId\":\"%s\",\"title\":\"%s\",\"description\":\"%s\",\"severity\":\"B\"}"
                        .formatted(desk.subscription(), title, description));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().getString("id");
    }

    private void note(Desk desk, String id, String text) {
        Api.Response noted =
                api.send("PATCH", desk.staff(), "api/v1/supportrequests/" + id, "{\"newNote\":\"" + text + "\"}");
        assertThat(noted.status()).as(noted.body()).isEqualTo(200);
    }

    private List<String> search(Desk desk, String words, String more) {
        Api.Response found = api.get(
                desk.staff(), "api/v1/supportrequests?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8) + more);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        JsonObject list = found.json();
        List<String> ids = list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("id"))
                .toList();
        assertThat(list.getInt("totalCount")).isEqualTo(ids.size());
        return ids;
    }

    @Test
    void wordsAreFoundInTheTitleTheDescriptionAndTheNotesAndEveryWordMustBeThere() {
        Desk desk = desk();
        String printer = open(desk, "Printer queue stuck", "Nothing prints since the update.");
        String mailbox = open(desk, "Mailbox full", "The shared mailbox rejects mail from the printer.");
        String calendar = open(desk, "Calendar sharing", "Invitations arrive late.");
        note(desk, calendar, "The printer driver was reinstalled as well.");

        assertThat(search(desk, "printer", "")).containsExactlyInAnyOrder(printer, mailbox, calendar);
        assertThat(search(desk, "Printer queue", "")).containsExactly(printer);
        assertThat(search(desk, "reinstalled", "")).containsExactly(calendar);
        assertThat(search(desk, "mailbox rejects", "")).containsExactly(mailbox);
        assertThat(search(desk, "printer invoice", "")).isEmpty();
        JsonObject second = api.get(desk.staff(), "api/v1/supportrequests?q=printer&size=1&offset=1")
                .json();
        assertThat(second.getInt("totalCount")).isEqualTo(3);
        assertThat(second.getJsonArray("items")).hasSize(1);
        assertThat(second.isNull("next")).as("a search pages by offset").isTrue();
    }

    @Test
    void aSearchCombinesWithTheOtherFiltersAndFindsTurkishWords() {
        Desk desk = desk();
        String kept = open(desk, "Yazıcı kuyruğu takıldı", "Güncellemeden beri yazdırılmıyor.");
        String assigned = open(desk, "Yazıcı sürücüsü", "Sürücü yüklenemiyor.");
        api.send(
                "PATCH", desk.staff(), "api/v1/supportrequests/" + assigned, "{\"assignee\":\"" + desk.staff() + "\"}");

        assertThat(search(desk, "yazıcı", "")).containsExactlyInAnyOrder(kept, assigned);
        assertThat(search(desk, "kuyruğu", "")).containsExactly(kept);
        assertThat(search(desk, "yazıcı", "&assignee=none")).containsExactly(kept);
        assertThat(search(desk, "yazıcı", "&assignee=me")).containsExactly(assigned);
        assertThat(search(desk, "yazıcı", "&status=RESOLVED")).isEmpty();
    }

    @Test
    void anotherOrganisationsRequestsAreNeverFoundAndWildcardsMatchThemselvesOnly() {
        Desk mine = desk();
        Desk theirs = desk();
        String ours = open(mine, "Teams meeting drops", "Calls end after ten minutes.");
        open(theirs, "Teams meeting drops", "Calls end after ten minutes.");

        assertThat(search(mine, "teams meeting", "")).containsExactly(ours);
        assertThat(search(mine, "%", "")).isEmpty();
        assertThat(search(mine, "_", "")).isEmpty();
    }

    @Test
    void theBestMatchComesFirstOnPostgreSql() {
        Desk desk = desk();
        String everywhere = open(desk, "Exchange sync fails", "Exchange sync stopped for all users.");
        note(desk, everywhere, "Exchange sync service restarted.");
        String once = open(desk, "Outlook crashes", "It crashed after the Exchange update.");

        List<String> found = search(desk, "exchange", "");

        assertThat(found).containsExactlyInAnyOrder(everywhere, once);
        if (!runtimeMode.isEmbeddedDatabase()) {
            assertThat(found).containsExactly(everywhere, once);
        }
    }

    @Test
    void aSearchTooLongOrPagedByCursorIsRefusedWithTheApiError() {
        Desk desk = desk();

        Api.Response tooLong = api.get(desk.staff(), "api/v1/supportrequests?q=" + "a".repeat(201));
        Api.Response cursor = api.get(desk.staff(), "api/v1/supportrequests?q=printer&after=abc");

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().getString("code")).isEqualTo("INVALID_QUERY_PARAMETER");
        assertThat(cursor.status()).isEqualTo(400);
        assertThat(cursor.json().getString("code")).isEqualTo("INVALID_PAGING");
    }

    /** A request of severity {@code severity} opened at {@code created}, due and answered after the minutes given. */
    private void request(Desk desk, String severity, String created, int dueAfter, Integer answeredAfter) {
        Api.Response opened = api.send(
                "POST",
                desk.customerAdmin(),
                "api/v1/customer/supportrequests",
                "{\"subscriptionId\":\"%s\",\"title\":\"Report\",\"description\":\"Report\",\"severity\":\"%s\"}"
                        .formatted(desk.subscription(), severity));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        Instant at = Instant.parse(created);
        support.dated(
                UUID.fromString(opened.json().getString("id")),
                at,
                at.plus(Duration.ofMinutes(dueAfter)),
                answeredAfter == null ? null : at.plus(Duration.ofMinutes(answeredAfter)));
    }

    @Test
    void theReportGivesPercentilesAndBreachesPerMonthAndSeverityOfTheCallersOrganisationOnly() {
        Desk desk = desk();
        request(desk, "A", "2026-10-05T10:00:00Z", 60, 30);
        request(desk, "A", "2026-10-10T10:00:00Z", 60, 90);
        request(desk, "B", "2026-11-02T10:00:00Z", 240, null);
        request(desk, "B", "2026-11-03T10:00:00Z", 240, 60);

        List<JsonObject> items =
                api.get(desk.staff(), REPORT).json().getJsonArray("items").getValuesAs(JsonObject.class);

        assertThat(items).hasSize(2);
        JsonObject october = items.get(0);
        assertThat(october.getString("month")).isEqualTo("2026-10");
        assertThat(october.getString("severity")).isEqualTo("A");
        assertThat(october.getInt("requests")).isEqualTo(2);
        assertThat(october.getJsonNumber("firstResponseP50Minutes").doubleValue())
                .isEqualTo(60.0);
        assertThat(october.getJsonNumber("firstResponseP90Minutes").doubleValue())
                .isEqualTo(84.0);
        assertThat(october.getInt("breached"))
                .as("answered after 90 of 60 minutes")
                .isEqualTo(1);
        JsonObject november = items.get(1);
        assertThat(november.getString("month")).isEqualTo("2026-11");
        assertThat(november.getString("severity")).isEqualTo("B");
        assertThat(november.getInt("requests")).isEqualTo(2);
        assertThat(november.getJsonNumber("firstResponseP50Minutes").doubleValue())
                .isEqualTo(60.0);
        assertThat(november.getInt("breached"))
                .as("never answered, long past due")
                .isEqualTo(1);

        Api.Response csv = api.send(api.request(REPORT, desk.staff()).setHeader("Accept", "text/csv"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body().split("\r\n"))
                .containsExactly(
                        "month,severity,requests,firstResponseP50Minutes,firstResponseP90Minutes,breached",
                        "2026-10,A,2,60.0,84.0,1",
                        "2026-11,B,2,60.0,60.0,1");

        assertThat(api.get(desk().staff(), REPORT).json().getJsonArray("items"))
                .as("another provider's report")
                .isEmpty();
    }

    @Test
    void aPeriodTheReportCannotCoverIsRefusedWithTheApiError() {
        Desk desk = desk();

        Api.Response backwards = api.get(desk.staff(), "api/v1/reports/sla?from=2026-11&to=2026-10");
        Api.Response tooLong = api.get(desk.staff(), "api/v1/reports/sla?from=2024-01&to=2026-11");
        Api.Response notAMonth = api.get(desk.staff(), "api/v1/reports/sla?from=October");

        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().getString("code")).isEqualTo("INVALID_REPORT_PERIOD");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().getString("code")).isEqualTo("INVALID_REPORT_PERIOD");
        assertThat(notAMonth.status()).isEqualTo(400);
        assertThat(notAMonth.json().getString("code")).isEqualTo("INVALID_QUERY_PARAMETER");
        assertThat(api.get(desk.staff(), "api/v1/reports/sla").status())
                .as("the last six months by default")
                .isEqualTo(200);
    }
}
