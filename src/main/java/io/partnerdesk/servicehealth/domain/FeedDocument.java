package io.partnerdesk.servicehealth.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** A service-communications feed document, read and checked whole (see the application's FeedParser). */
public record FeedDocument(List<HealthReport> healthOverviews, List<IssueReport> issues) {

    /** The latest moment the document mentions (a start, end, change or post), if any. */
    public Optional<Instant> latest() {
        return issues.stream()
                .flatMap(i -> Stream.concat(
                        Stream.of(i.startDateTime(), i.endDateTime(), i.lastModifiedDateTime()),
                        i.posts().stream().map(PostReport::publishedAt)))
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
    }

    /** The same document with every moment in it moved by {@code shift}. */
    public FeedDocument shiftedBy(Duration shift) {
        return new FeedDocument(
                healthOverviews, issues.stream().map(i -> i.shiftedBy(shift)).toList());
    }

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
            List<PostReport> posts) {

        IssueReport shiftedBy(Duration shift) {
            return new IssueReport(
                    id,
                    title,
                    service,
                    status,
                    classification,
                    impactDescription,
                    startDateTime.plus(shift),
                    endDateTime == null ? null : endDateTime.plus(shift),
                    resolved,
                    lastModifiedDateTime == null ? null : lastModifiedDateTime.plus(shift),
                    posts.stream()
                            .map(p -> new PostReport(p.publishedAt().plus(shift), p.content()))
                            .toList());
        }
    }

    /** One post of an issue's timeline. */
    public record PostReport(Instant publishedAt, String content) {}
}
