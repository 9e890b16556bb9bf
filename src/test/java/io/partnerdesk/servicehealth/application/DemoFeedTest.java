package io.partnerdesk.servicehealth.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.servicehealth.domain.FeedDocument;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DemoFeedTest {

    private final FeedDocument sample = FeedParser.parse(DemoFeed.read());

    @Test
    void theSamplesLatestMomentLandsOnTheDayBeforeLoading() {
        for (String now : new String[] {"2027-06-15T09:00:00Z", "2031-01-01T00:00:00Z", "2026-01-10T23:59:00Z"}) {
            Instant loaded = Instant.parse(now);

            Instant latest = DemoFeed.datedNear(sample, loaded).latest().orElseThrow();

            assertThat(LocalDate.ofInstant(latest, ZoneOffset.UTC))
                    .isEqualTo(LocalDate.ofInstant(loaded, ZoneOffset.UTC).minusDays(1));
            assertThat(latest).isBefore(loaded);
        }
    }

    @Test
    void everyMomentMovesByTheSameWholeDaysSoIntervalsAndTimesOfDayStay() {
        FeedDocument dated = DemoFeed.datedNear(sample, Instant.parse("2027-06-15T09:00:00Z"));

        Duration shift =
                Duration.between(sample.latest().orElseThrow(), dated.latest().orElseThrow());
        assertThat(shift.toSeconds() % Duration.ofDays(1).toSeconds()).isZero();
        for (int i = 0; i < sample.issues().size(); i++) {
            FeedDocument.IssueReport before = sample.issues().get(i);
            FeedDocument.IssueReport after = dated.issues().get(i);
            assertThat(after.id()).isEqualTo(before.id());
            assertThat(after.startDateTime()).isEqualTo(before.startDateTime().plus(shift));
            assertThat(after.endDateTime())
                    .isEqualTo(
                            before.endDateTime() == null
                                    ? null
                                    : before.endDateTime().plus(shift));
            assertThat(after.lastModifiedDateTime())
                    .isEqualTo(before.lastModifiedDateTime().plus(shift));
            for (int p = 0; p < before.posts().size(); p++) {
                assertThat(after.posts().get(p).publishedAt())
                        .isEqualTo(before.posts().get(p).publishedAt().plus(shift));
                assertThat(after.posts().get(p).content())
                        .isEqualTo(before.posts().get(p).content());
            }
        }
        assertThat(dated.healthOverviews()).isEqualTo(sample.healthOverviews());
    }

    @Test
    void loadingAgainTheSameDayGivesTheSameDates() {
        assertThat(DemoFeed.datedNear(sample, Instant.parse("2027-06-15T00:00:00Z")))
                .isEqualTo(DemoFeed.datedNear(sample, Instant.parse("2027-06-15T23:59:59Z")));
    }
}
