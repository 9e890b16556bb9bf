package io.partnerdesk.support.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerdesk.partner.domain.ServiceHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** First-response due times against cases computed by hand. */
class SlaClockTest {

    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final String WEEKDAYS_9_TO_18 =
            "MON 09:00-18:00;TUE 09:00-18:00;WED 09:00-18:00;THU 09:00-18:00;FRI 09:00-18:00";
    private static final ServiceHours ISTANBUL_HOURS = ServiceHours.parse("Europe/Istanbul", WEEKDAYS_9_TO_18, "");

    private static Instant istanbul(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ISTANBUL).toInstant();
    }

    private static Instant due(Severity severity, String filedAt, ServiceHours hours) {
        Duration target = Duration.ofMinutes(new int[] {120, 240, 480}[severity.ordinal()]);
        return SlaClock.firstResponseDue(severity, istanbul(filedAt), hours, target);
    }

    @Test
    void aBRequestFiledFriday1730IsDueMonday1230() {
        // 2026-11-20 is a Friday: 30 minutes on Friday, 3 h 30 on Monday from 09:00.
        assertThat(due(Severity.B, "2026-11-20T17:30", ISTANBUL_HOURS)).isEqualTo(istanbul("2026-11-23T12:30"));
    }

    @Test
    void anARequestIsDueTwoHoursLaterWhateverTheDay() {
        assertThat(due(Severity.A, "2026-11-20T17:30", ISTANBUL_HOURS)).isEqualTo(istanbul("2026-11-20T19:30"));
        assertThat(due(Severity.A, "2026-11-21T23:15", ISTANBUL_HOURS)).isEqualTo(istanbul("2026-11-22T01:15"));
        assertThat(due(Severity.A, "2026-11-23T10:00", ISTANBUL_HOURS)).isEqualTo(istanbul("2026-11-23T12:00"));
    }

    @Test
    void aHolidayIsSkipped() {
        ServiceHours withHoliday = ServiceHours.parse("Europe/Istanbul", WEEKDAYS_9_TO_18, "2026-11-23");
        // Friday 17:30 + 4 h: Monday is a holiday, so 3 h 30 run on Tuesday from 09:00.
        assertThat(due(Severity.B, "2026-11-20T17:30", withHoliday)).isEqualTo(istanbul("2026-11-24T12:30"));
    }

    @Test
    void aCRequestFiledBeforeOpeningStartsCountingAtOpening() {
        // Monday 07:00: nothing counts before 09:00, 8 h later is 17:00 the same day.
        assertThat(due(Severity.C, "2026-11-23T07:00", ISTANBUL_HOURS)).isEqualTo(istanbul("2026-11-23T17:00"));
        // Monday 16:00: 2 h on Monday, 6 h on Tuesday from 09:00.
        assertThat(due(Severity.C, "2026-11-23T16:00", ISTANBUL_HOURS)).isEqualTo(istanbul("2026-11-24T15:00"));
    }

    @Test
    void aBRequestFiledAtTheWeekendWaitsForMonday() {
        assertThat(due(Severity.B, "2026-11-22T11:00", ISTANBUL_HOURS)).isEqualTo(istanbul("2026-11-23T13:00"));
    }

    @Test
    void hoursCountInThePartnersTimeZoneNotTheServers() {
        ServiceHours london = ServiceHours.parse("Europe/London", "MON 09:00-17:00;TUE 09:00-17:00", "");
        // Monday 2026-11-23 16:00 London (UTC+0) + 4 h: 1 h on Monday, 3 h on Tuesday: 12:00 London = 15:00 Istanbul.
        Instant filed = LocalDateTime.parse("2026-11-23T16:00")
                .atZone(ZoneId.of("Europe/London"))
                .toInstant();
        assertThat(SlaClock.firstResponseDue(Severity.B, filed, london, Duration.ofHours(4)))
                .isEqualTo(istanbul("2026-11-24T15:00"));
    }

    @Test
    void aDaylightSavingChangeIsCountedInRealHours() {
        ServiceHours berlin = ServiceHours.parse("Europe/Berlin", "SAT 00:00-23:59;SUN 00:00-23:59", "");
        // The night of 2026-03-29 Berlin skips 02:00-03:00: 4 working hours from 00:00 end at 05:00 local.
        Instant filed = LocalDateTime.parse("2026-03-29T00:00")
                .atZone(ZoneId.of("Europe/Berlin"))
                .toInstant();
        assertThat(berlin.addWorkingTime(filed, Duration.ofHours(4)))
                .isEqualTo(LocalDateTime.parse("2026-03-29T05:00")
                        .atZone(ZoneId.of("Europe/Berlin"))
                        .toInstant());
    }

    @Test
    void theStoredScheduleReadsBackAsItWasWritten() {
        ServiceHours hours =
                ServiceHours.parse("Europe/Istanbul", "tue 10:00-12:00; MON 09:00-18:00", "2026-12-31,2026-01-01");
        assertThat(hours.weeklyText()).isEqualTo("MON 09:00-18:00;TUE 10:00-12:00");
        assertThat(hours.holidaysText()).isEqualTo("2026-01-01,2026-12-31");
        assertThat(hours.describe()).isEqualTo("MON 09:00-18:00, TUE 10:00-12:00 (Europe/Istanbul)");
    }

    @Test
    void aWindowMustStartBeforeItEndsAndTheZoneMustExist() {
        assertThatThrownBy(() -> ServiceHours.parse("Europe/Istanbul", "MON 18:00-09:00", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServiceHours.parse("Mars/Olympus", "MON 09:00-18:00", ""))
                .hasMessageContaining("Mars/Olympus");
    }
}
