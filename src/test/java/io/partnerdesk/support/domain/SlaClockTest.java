package io.partnerdesk.support.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerdesk.customer.domain.Customer;
import io.partnerdesk.partner.domain.ContactMethod;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerKind;
import io.partnerdesk.partner.domain.ServiceHours;
import io.partnerdesk.partner.domain.SupportOffering;
import io.partnerdesk.subscription.domain.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The first-response clock (rule 7) against cases computed by hand: when a response is due, when
 * a request is at risk, when it is late and what stops the clock.
 */
class SlaClockTest {

    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final String WEEKDAYS_9_TO_18 =
            "MON 09:00-18:00;TUE 09:00-18:00;WED 09:00-18:00;THU 09:00-18:00;FRI 09:00-18:00";

    private static Instant istanbul(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ISTANBUL).toInstant();
    }

    /**
     * Istanbul weekdays 09:00-18:00 with the given holidays, targets A 2 h, B 4 h, C 8 h;
     * 2026-11-20 is a Friday, 2026-11-23 a Monday.
     */
    @ParameterizedTest(name = "{0} filed {1} (holidays: {2}) is due {3}")
    @CsvSource({
        // A runs around the clock, whatever the day and the hours.
        "A, 2026-11-20T17:30, '',         2026-11-20T19:30",
        "A, 2026-11-21T23:15, '',         2026-11-22T01:15",
        "A, 2026-11-23T10:00, '',         2026-11-23T12:00",
        "A, 2026-11-23T07:00, 2026-11-23, 2026-11-23T09:00",
        // B and C count only the service hours: 30 minutes on Friday, 3 h 30 on Monday from 09:00.
        "B, 2026-11-20T17:30, '',         2026-11-23T12:30",
        // Monday is a holiday, so 3 h 30 run on Tuesday from 09:00.
        "B, 2026-11-20T17:30, 2026-11-23, 2026-11-24T12:30",
        // Filed at the weekend or at closing time: counting starts on Monday at 09:00.
        "B, 2026-11-22T11:00, '',         2026-11-23T13:00",
        "B, 2026-11-20T18:00, '',         2026-11-23T13:00",
        "B, 2026-11-23T09:00, '',         2026-11-23T13:00",
        // Filed before opening: nothing counts before 09:00, 8 h later is 17:00 the same day.
        "C, 2026-11-23T07:00, '',         2026-11-23T17:00",
        // 2 h on Monday, 6 h on Tuesday from 09:00.
        "C, 2026-11-23T16:00, '',         2026-11-24T15:00",
        // 1 h on Friday, 7 h on Monday from 09:00.
        "C, 2026-11-20T17:00, '',         2026-11-23T16:00",
    })
    void severityARunsAroundTheClockBAndCOnlyWithinTheHandlersServiceHours(
            Severity severity, String filedAt, String holidays, String due) {
        ServiceHours hours = ServiceHours.parse("Europe/Istanbul", WEEKDAYS_9_TO_18, holidays);
        Duration target = Duration.ofMinutes(new int[] {120, 240, 480}[severity.ordinal()]);

        assertThat(SlaClock.firstResponseDue(severity, istanbul(filedAt), hours, target))
                .isEqualTo(istanbul(due));
    }

    @ParameterizedTest(name = "{0}: {1} minutes")
    @CsvSource({"A, 120", "B, 240", "C, 480"})
    void withoutAPublishedOfferingTheTargetsAreTwoFourAndEightHours(Severity severity, int minutes) {
        assertThat(SlaClock.target(severity, Optional.empty())).isEqualTo(Duration.ofMinutes(minutes));
    }

    @ParameterizedTest(name = "{0}: {1} minutes")
    @CsvSource({"A, 60", "B, 180", "C, 1440"})
    void aPublishedOfferingSetsItsOwnTargets(Severity severity, int minutes) {
        assertThat(SlaClock.target(severity, Optional.of(offering("Europe/Istanbul", WEEKDAYS_9_TO_18, ""))))
                .isEqualTo(Duration.ofMinutes(minutes));
    }

    /**
     * Without an offering the clock counts weekdays 09:00-18:00 UTC (Istanbul is UTC+3); with one,
     * its own hours and targets (A 1 h, B 3 h, C 24 h).
     */
    @ParameterizedTest(name = "{0} filed {1}, offering {2}: due {3}")
    @CsvSource({
        "A, 2026-11-21T12:00, false, 2026-11-21T14:00",
        "B, 2026-11-20T20:00, false, 2026-11-23T15:00",
        "C, 2026-11-23T11:00, false, 2026-11-23T20:00",
        "A, 2026-11-21T12:00, true,  2026-11-21T13:00",
        "B, 2026-11-20T17:00, true,  2026-11-23T11:00",
        "C, 2026-11-23T09:00, true,  2026-11-25T15:00",
    })
    void theHandlersPublishedOfferingOrElseTheDefaultHoursAndTargetsSetTheDueTime(
            Severity severity, String filedAt, boolean published, String due) {
        Optional<SupportOffering> offering =
                published ? Optional.of(offering("Europe/Istanbul", WEEKDAYS_9_TO_18, "")) : Optional.empty();

        assertThat(SlaClock.firstResponseDue(severity, istanbul(filedAt), offering))
                .isEqualTo(istanbul(due));
    }

    @ParameterizedTest(name = "{0} filed {1}: the vendor answers by {2}")
    @CsvSource({
        "A, 2026-11-21T23:00, 2026-11-22T01:00",
        "B, 2026-11-21T23:00, 2026-11-22T03:00",
        "C, 2026-11-21T23:00, 2026-11-22T07:00",
    })
    void theVendorAnswersPartnersAroundTheClockInTheStandardTimes(Severity severity, String filedAt, String due) {
        assertThat(SlaClock.vendorResponseDue(severity, istanbul(filedAt))).isEqualTo(istanbul(due));
    }

    @ParameterizedTest(name = "{0} minutes left: at risk {1}")
    @CsvSource({
        "120, false",
        " 31, false",
        " 30, true",
        "  1, true",
        "  0, true",
        " -1, false",
    })
    void anUnansweredRequestIsAtRiskFromThirtyMinutesBeforeItsDueTimeUntilItIsLate(long minutesLeft, boolean atRisk) {
        assertThat(SlaClock.AT_RISK_WITHIN).isEqualTo(Duration.ofMinutes(30));
        assertThat(SlaClock.isAtRisk(Duration.ofMinutes(minutesLeft))).isEqualTo(atRisk);
        Instant now = istanbul("2026-11-23T10:00");
        Instant due = now.plus(Duration.ofMinutes(minutesLeft));
        // The SLA watch warns about the requests due up to this time.
        assertThat(!due.isAfter(SlaClock.atRiskUntil(now))).isEqualTo(minutesLeft <= 30);
    }

    /**
     * A request filed at 10:00 and due at 12:00, looked at {@code minutesAfterDue} after that; what
     * happened at 10:01 is NONE, a note by the customer or the handler, or the handler's change to
     * the named status.
     */
    @ParameterizedTest(name = "{0} at 10:01, {1} minutes after the due time: late {2}")
    @CsvSource({
        "NONE,                -1, false",
        "NONE,                 0, true",
        "NONE,                90, true",
        "CUSTOMER_NOTE,       90, true",
        "HANDLER_NOTE,        90, false",
        "IN_PROGRESS,         90, false",
        "WAITING_ON_CUSTOMER, 90, false",
        "RESOLVED,            90, false",
    })
    void aRequestIsLateOnceItsDueTimeIsReachedWithoutAnAnswerFromTheHandler(
            String happened, long minutesAfterDue, boolean late) {
        Instant filed = istanbul("2026-11-23T10:00");
        Instant due = istanbul("2026-11-23T12:00");
        Instant at = filed.plusSeconds(60);
        SupportRequest request = request(filed, due);
        switch (happened) {
            case "NONE" -> {}
            case "CUSTOMER_NOTE" -> request.addNote(note(at), false);
            case "HANDLER_NOTE" -> request.addNote(note(at), true);
            default -> request.changeStatus(SupportRequestStatus.valueOf(happened), "Restarted the connector", at);
        }
        Instant now = due.plus(Duration.ofMinutes(minutesAfterDue));

        assertThat(request.isBreaching(now)).isEqualTo(late);
        assertThat(request.timeLeft(now))
                .isEqualTo(
                        request.getFirstRespondedAt() == null
                                ? Optional.of(Duration.ofMinutes(-minutesAfterDue))
                                : Optional.empty());
    }

    @ParameterizedTest(name = "the first note is by the handler: {0}")
    @CsvSource({"true", "false"})
    void onlyTheHandlersAnswerStopsTheClockTheFirstOneCounts(boolean byHandler) {
        Instant filed = istanbul("2026-11-23T10:00");
        SupportRequest request = request(filed, istanbul("2026-11-23T12:00"));
        request.addNote(note(filed.plusSeconds(60)), byHandler);
        request.addNote(note(filed.plusSeconds(120)), true);

        assertThat(request.getFirstRespondedAt()).isEqualTo(filed.plusSeconds(byHandler ? 60 : 120));
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

    @ParameterizedTest(name = "zone {0}, hours {1}: refused")
    @CsvSource({"Europe/Istanbul, MON 18:00-09:00", "Europe/Istanbul, MON 09:00-09:00", "Mars/Olympus, MON 09:00-18:00"
    })
    void aWindowMustStartBeforeItEndsAndTheZoneMustExist(String zone, String weekly) {
        assertThatThrownBy(() -> ServiceHours.parse(zone, weekly, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownZoneIsNamedInTheRefusal() {
        assertThatThrownBy(() -> ServiceHours.parse("Mars/Olympus", "MON 09:00-18:00", ""))
                .hasMessageContaining("Mars/Olympus");
    }

    private static SupportOffering offering(String zone, String weekly, String holidays) {
        return new SupportOffering(
                UUID.randomUUID(),
                new SupportOffering.Content(
                        "support@example.com",
                        null,
                        null,
                        ServiceHours.parse(zone, weekly, holidays),
                        List.of(ContactMethod.EMAIL),
                        null,
                        null,
                        List.of(),
                        60,
                        180,
                        1440));
    }

    private static SupportRequest request(Instant filed, Instant due) {
        Partner provider = new Partner("Tailspin", PartnerKind.INDIRECT_PROVIDER, "1000001", "tailspin");
        Subscription subscription =
                new Subscription(new Customer("Contoso", "contoso.example", "TR"), null, 1, provider, null, filed);
        return new SupportRequest(
                subscription,
                provider,
                "Mail is slow",
                "Since this morning",
                Severity.B,
                ContactMethod.EMAIL,
                "ayse",
                filed,
                due);
    }

    private static Note note(Instant at) {
        return new Note("ayse", "Ayşe", "Contoso", at, "Any news?");
    }
}
