package io.partnerdesk.support.requests;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.testsupport.Api;
import io.partnerdesk.testsupport.Deployments;
import io.partnerdesk.testsupport.Fixtures;
import io.partnerdesk.testsupport.Fixtures.Desk;
import io.partnerdesk.testsupport.SupportFixtures;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
 * The SLA report ({@code GET /api/v1/reports/sla}) of a provider of its own, on requests dated into
 * two past months: first-response percentiles and breaches per month and severity, as JSON and CSV,
 * nothing of another organisation, and periods it cannot cover refused with the API's error.
 */
@ExtendWith(ArquillianExtension.class)
class SlaReportIT {

    private static final String REPORT = "api/v1/reports/sla?from=2026-10&to=2026-11";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTests(SlaReportIT.class, SupportFixtures.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    SupportFixtures support;

    @Inject
    Api api;

    private Desk desk() {
        return fixtures.desk("Report", "partnerdesk-helpdesk-agents");
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
