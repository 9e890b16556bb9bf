package io.partnerdesk.servicehealth.domain;

import java.time.Instant;
import java.util.List;

/** A service-communications feed document, read and checked whole (see the application's FeedParser). */
public record FeedDocument(List<HealthReport> healthOverviews, List<IssueReport> issues) {

    /** One service's reported health; {@code service} is the feed's name for it. */
    public record HealthReport(String service, HealthStatus status) {}

    /** One issue (incident or advisory) as reported. */
    public record IssueReport(
            String id,
            String title,
            String service,
            HealthStatus status,
            Classification classification,
            String impactDescription,
            Instant startDateTime,
            Instant endDateTime,
            boolean resolved,
            Instant lastModifiedDateTime,
            List<PostReport> posts) {}

    /** One post of an issue's timeline. */
    public record PostReport(Instant publishedAt, String content) {}
}
