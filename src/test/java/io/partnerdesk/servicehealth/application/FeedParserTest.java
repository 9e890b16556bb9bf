package io.partnerdesk.servicehealth.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerdesk.servicehealth.domain.Classification;
import io.partnerdesk.servicehealth.domain.FeedDocument;
import io.partnerdesk.servicehealth.domain.HealthStatus;
import io.partnerdesk.shared.BusinessException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
