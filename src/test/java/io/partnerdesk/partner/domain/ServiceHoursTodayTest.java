package io.partnerdesk.partner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a customer's dashboard says of a partner's service hours today, in the partner's own time zone. */
class ServiceHoursTodayTest {

    private static final ServiceHours ISTANBUL =
            ServiceHours.parse("Europe/Istanbul", "MON 09:00-12:00;MON 13:00-18:00;TUE 09:00-18:00", "2026-12-08");

    @Test
    void duringAWindowThePartnerIsOpenAndTheDaysWindowsAreListed() {
        // Monday 2026-12-07, 10:30 in Istanbul (UTC+3).
        ServiceHours.Today today = ISTANBUL.today(Instant.parse("2026-12-07T07:30:00Z"));

        assertThat(today.date()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(today.openNow()).isTrue();
        assertThat(today.hoursText()).isEqualTo("09:00-12:00, 13:00-18:00");
    }

    @Test
    void betweenWindowsAndAfterTheLastThePartnerIsClosed() {
        assertThat(ISTANBUL.today(Instant.parse("2026-12-07T09:30:00Z")).openNow())
                .isFalse();
        assertThat(ISTANBUL.today(Instant.parse("2026-12-07T15:00:00Z")).openNow())
                .isFalse();
    }

    @Test
    void theDayIsThePartnersNotUtcs() {
        // 22:30 UTC on Monday is already Tuesday 01:30 in Istanbul: Tuesday's hours, not open yet.
        ServiceHours.Today today = ISTANBUL.today(Instant.parse("2026-12-07T22:30:00Z"));

        assertThat(today.date()).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void aHolidayHasNoHoursAndIsNeverOpen() {
        ServiceHours.Today holiday = ISTANBUL.today(Instant.parse("2026-12-08T08:00:00Z"));

        assertThat(holiday.holiday()).isTrue();
        assertThat(holiday.openNow()).isFalse();
        assertThat(holiday.hoursText()).isEmpty();
    }

    @Test
    void aDayWithoutWindowsIsClosedAllDay() {
        ServiceHours.Today sunday = ISTANBUL.today(Instant.parse("2026-12-06T10:00:00Z"));

        assertThat(sunday.holiday()).isFalse();
        assertThat(sunday.openNow()).isFalse();
        assertThat(sunday.windows()).isEmpty();
    }
}
