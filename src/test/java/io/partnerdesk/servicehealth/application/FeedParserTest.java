package io.partnerdesk.servicehealth.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerdesk.servicehealth.domain.Classification;
import io.partnerdesk.servicehealth.domain.FeedDocument;
import io.partnerdesk.servicehealth.domain.HealthLevel;
import io.partnerdesk.servicehealth.domain.HealthStatus;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.subscription.domain.OnlineService;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the service-health feed is read: what each value maps to, and what refuses the whole document. */
class FeedParserTest {

    private static final String ISSUE =
            """
            {"id": "EX1", "title": "Mail is slow", "service": "Exchange Online", "status": "serviceDegradation",
             "classification": "incident", "impactDescription": "Slow mail", "startDateTime": "2026-11-21T07:30:00Z",
             "endDateTime": null, "isResolved": false, "lastModifiedDateTime": "2026-11-21T08:00:00+01:00",
             "posts": [{"createdDateTime": "2026-11-21T07:52:00Z",
                        "description": {"contentType": "html", "content": "<p>First &amp; foremost</p><p>Second line</p>"}}]}
            """;

    @Test
    void readsHealthOverviewsWithExpandedIssuesAndTopLevelIssues() {
        FeedDocument document = FeedParser.parse(
                """
                {"healthOverviews": [{"service": "Exchange Online", "status": "serviceDegradation", "issues": [%s]}],
                 "issues": [%s]}
                """
                        .formatted(ISSUE, ISSUE.replace("EX1", "EX2")));

        assertThat(document.healthOverviews())
                .containsExactly(new FeedDocument.HealthReport("Exchange Online", HealthStatus.SERVICE_DEGRADATION));
        assertThat(document.issues()).extracting(FeedDocument.IssueReport::id).containsExactly("EX1", "EX2");
        FeedDocument.IssueReport issue = document.issues().get(0);
        assertThat(issue.classification()).isEqualTo(Classification.INCIDENT);
        assertThat(issue.resolved()).isFalse();
        assertThat(issue.endDateTime()).isNull();
        assertThat(issue.lastModifiedDateTime()).isEqualTo(Instant.parse("2026-11-21T07:00:00Z"));
        assertThat(issue.posts()).singleElement().satisfies(p -> {
            assertThat(p.publishedAt()).isEqualTo(Instant.parse("2026-11-21T07:52:00Z"));
            assertThat(p.content()).isEqualTo("First & foremost\nSecond line");
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{|not valid JSON",
                "[]|must be a JSON object",
                "{}|neither healthOverviews nor issues",
                "{\"healthOverviews\": {}}|healthOverviews must be an array",
                "{\"healthOverviews\": [{\"service\": \"X\", \"status\": \"sunny\"}]}|healthOverviews[0].status 'sunny'",
                "{\"healthOverviews\": [{\"status\": \"serviceOperational\"}]}|healthOverviews[0].service is missing",
            })
    void refusesMalformedDocumentsNamingTheProblem(String json, String reason) {
        assertThatThrownBy(() -> FeedParser.parse(json))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("MALFORMED_FEED");
                })
                .hasMessageContaining(reason)
                .hasMessageContaining("nothing was imported");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"startDateTime\": \"2026-11-21T07:30:00Z\"|\"startDateTime\": \"yesterday\"|issues[0].startDateTime is not an ISO-8601",
                "\"classification\": \"incident\"|\"classification\": \"rumour\"|issues[0].classification must be advisory or incident",
                "\"endDateTime\": null|\"endDateTime\": \"2026-11-20T00:00:00Z\"|issues[0].endDateTime is before",
                "\"isResolved\": false|\"isResolved\": \"no\"|issues[0].isResolved must be true or false",
                "\"description\": {\"contentType\": \"html\", \"content\": \"<p>First &amp; foremost</p><p>Second line</p>\"}|\"description\": 7|issues[0].posts[0].description must be an object",
                "\"id\": \"EX1\", |\"id\": 1, |issues[0].id must be a string",
            })
    void refusesAMalformedIssue(String valid, String broken, String reason) {
        assertThat(ISSUE).contains(valid);
        String json = "{\"issues\": [" + ISSUE.replace(valid, broken) + "]}";

        assertThatThrownBy(() -> FeedParser.parse(json)).hasMessageContaining(reason);
    }

    @Test
    void refusesAnIssueThatAppearsTwice() {
        assertThatThrownBy(() -> FeedParser.parse("{\"issues\": [" + ISSUE + "," + ISSUE + "]}"))
                .hasMessageContaining("the issue EX1 appears more than once");
    }

    private static FeedDocument.HealthReport overview(String service, String status) {
        return FeedParser.parse("{\"healthOverviews\": [{\"service\": %s, \"status\": %s}]}".formatted(service, status))
                .healthOverviews()
                .get(0);
    }

    @ParameterizedTest(name = "{0} is {1}, {2}, shown as {3}")
    @CsvSource({
        "serviceOperational,          SERVICE_OPERATIONAL,            OPERATIONAL, success",
        "serviceRestored,             SERVICE_RESTORED,               OPERATIONAL, success",
        "postIncidentReviewPublished, POST_INCIDENT_REVIEW_PUBLISHED, OPERATIONAL, success",
        "falsePositive,               FALSE_POSITIVE,                 OPERATIONAL, success",
        "resolved,                    RESOLVED,                       OPERATIONAL, success",
        "resolvedExternal,            RESOLVED_EXTERNAL,              OPERATIONAL, success",
        "investigationSuspended,      INVESTIGATION_SUSPENDED,        ADVISORY,    info",
        "mitigatedExternal,           MITIGATED_EXTERNAL,             ADVISORY,    info",
        "mitigated,                   MITIGATED,                      ADVISORY,    info",
        "reported,                    REPORTED,                       ADVISORY,    info",
        "unknownFutureValue,          UNKNOWN_FUTURE_VALUE,           ADVISORY,    info",
        "investigating,               INVESTIGATING,                  DEGRADED,    warning",
        "restoringService,            RESTORING_SERVICE,              DEGRADED,    warning",
        "verifyingService,            VERIFYING_SERVICE,              DEGRADED,    warning",
        "serviceDegradation,          SERVICE_DEGRADATION,            DEGRADED,    warning",
        "extendedRecovery,            EXTENDED_RECOVERY,              DEGRADED,    warning",
        "confirmed,                   CONFIRMED,                      DEGRADED,    warning",
        "serviceInterruption,         SERVICE_INTERRUPTION,           INTERRUPTED, danger",
    })
    void eachFeedStatusMapsToItsStatusItsLevelAndItsSeverity(
            String feedName, HealthStatus status, HealthLevel level, String severity) {
        assertThat(overview("\"Exchange Online\"", "\"" + feedName + "\"").status())
                .isEqualTo(status);
        assertThat(status.graphName()).isEqualTo(feedName);
        assertThat(status.level()).isEqualTo(level);
        assertThat(level.severity()).isEqualTo(severity);
    }

    @Test
    void everyStatusIsReadBackFromItsOwnFeedName() {
        assertThat(Arrays.stream(HealthStatus.values())
                        .map(s -> HealthStatus.fromGraphName(s.graphName()))
                        .toList())
                .allMatch(Optional::isPresent)
                .hasSize(18);
    }

    @ParameterizedTest(name = "{0}: in trouble {1}")
    @CsvSource({"OPERATIONAL, false", "ADVISORY, false", "DEGRADED, true", "INTERRUPTED, true"})
    void aServiceIsInTroubleOnlyWhenDegradedOrInterrupted(HealthLevel level, boolean trouble) {
        assertThat(level.isTrouble()).isEqualTo(trouble);
        assertThat(HealthStatus.troubled()).allMatch(s -> s.level().isTrouble());
    }

    @ParameterizedTest(name = "status {0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"ServiceDegradation\"|healthOverviews[0].status 'ServiceDegradation' is not a service health status",
                "\"degraded\"|healthOverviews[0].status 'degraded' is not a service health status",
                "\" \"|healthOverviews[0].status is missing",
                "null|healthOverviews[0].status is missing",
                "3|healthOverviews[0].status must be a string",
            })
    void aStatusMustBeOneOfTheFeedsOwnNamesSpelledExactly(String status, String reason) {
        assertThatThrownBy(() -> overview("\"Exchange Online\"", status))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.code()).isEqualTo("MALFORMED_FEED"))
                .hasMessageContaining(reason);
    }

    @ParameterizedTest(name = "classification {0}: {1}")
    @CsvSource({"incident, INCIDENT", "INCIDENT, INCIDENT", "Advisory, ADVISORY", "' advisory ', ADVISORY"})
    void anIssueIsAnAdvisoryOrAnIncidentWhateverTheCase(String classification, Classification expected) {
        String json = "{\"issues\": ["
                + ISSUE.replace("\"classification\": \"incident\"", "\"classification\": \"" + classification + "\"")
                + "]}";
        assertThat(FeedParser.parse(json).issues().get(0).classification()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "service {0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"Exchange Online\"|Exchange Online",
                "\"  Exchange Online \"|Exchange Online",
                "\"Microsoft Teams\"|Microsoft Teams",
            })
    void theServiceNameIsReadTrimmed(String service, String expected) {
        assertThat(overview(service, "\"serviceOperational\"").service()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "service {0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"\"|healthOverviews[0].service is missing",
                "null|healthOverviews[0].service is missing",
                "[\"Exchange Online\"]|healthOverviews[0].service must be a string",
            })
    void aServiceNameMustBeGiven(String service, String reason) {
        assertThatThrownBy(() -> overview(service, "\"serviceOperational\"")).hasMessageContaining(reason);
    }

    @Test
    void aServiceNameLongerThan500CharactersIsRefused() {
        assertThat(overview("\"" + "x".repeat(500) + "\"", "\"serviceOperational\"")
                        .service())
                .hasSize(500);
        assertThatThrownBy(() -> overview("\"" + "x".repeat(501) + "\"", "\"serviceOperational\""))
                .hasMessageContaining("healthOverviews[0].service is longer than 500 characters");
    }

    /**
     * The catalogue: Exchange Online (feed name "Exchange Online"), Teams (feed name "Microsoft
     * Teams") and SharePoint (feed name "SharePoint Online"), with the alias "Office Online=Teams" and
     * an alias to a service the catalogue does not have.
     */
    @ParameterizedTest(name = "feed name {0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Exchange Online|Exchange Online",
                "exchange online|Exchange Online",
                "  EXCHANGE ONLINE |Exchange Online",
                "Microsoft Teams|Teams",
                "Teams|Teams",
                "SharePoint Online|SharePoint",
                "sharepoint|SharePoint",
                "Office Online|Teams",
                "Skype|",
                "Yammer|",
            })
    void aFeedServiceNameMapsToTheCatalogueByFeedNameOwnNameOrAliasWhateverTheCase(String feedName, String service) {
        FeedServiceNames names = new FeedServiceNames();
        names.aliases = Optional.of("Office Online=Teams;Skype=Skype for Business;broken");
        Map<String, OnlineService> mapping = names.mapping(List.of(
                new OnlineService("Exchange Online", "Exchange Online", "https://admin.example/{tenantId}"),
                new OnlineService("Teams", "Microsoft Teams", "https://admin.example/{tenantId}"),
                new OnlineService("SharePoint", "SharePoint Online", "https://admin.example/{tenantId}")));

        OnlineService mapped = mapping.get(FeedServiceNames.key(feedName));
        assertThat(mapped == null ? null : mapped.getName()).isEqualTo(service);
    }

    @Test
    void aServiceFeedNameWinsOverAnotherServicesOwnName() {
        FeedServiceNames names = new FeedServiceNames();
        names.aliases = Optional.empty();
        Map<String, OnlineService> mapping = names.mapping(List.of(
                new OnlineService("Teams", "Microsoft Teams", "https://admin.example/{tenantId}"),
                new OnlineService("Teams (new)", "Teams", "https://admin.example/{tenantId}")));

        assertThat(mapping.get("teams").getName()).isEqualTo("Teams (new)");
        assertThat(mapping.get("microsoft teams").getName()).isEqualTo("Teams");
    }
}
