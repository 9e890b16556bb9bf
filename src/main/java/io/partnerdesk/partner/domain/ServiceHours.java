package io.partnerdesk.partner.domain;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * When a partner answers: a weekly schedule of opening windows in one time zone, less holidays.
 * Stored as text ({@code MON 09:00-18:00;TUE 09:00-18:00} and {@code 2026-01-01,2026-04-23}) and
 * able to count working time forward from any instant, which is what the SLA clock needs.
 */
public record ServiceHours(ZoneId zone, List<Window> weekly, Set<LocalDate> holidays) {

    /** How far ahead {@link #addWorkingTime} looks for opening hours before it gives up. */
    private static final int MAX_DAYS = 800;

    /** What partners without a published offering are taken to work: weekdays 09:00-18:00 UTC. */
    public static final ServiceHours DEFAULT =
            parse("UTC", "MON 09:00-18:00;TUE 09:00-18:00;WED 09:00-18:00;THU 09:00-18:00;FRI 09:00-18:00", "");

    /** When a window opens, as the editor and the API take it: HH:mm. */
    public static final String OPENS_PATTERN = "([01]\\d|2[0-3]):[0-5]\\d";

    /** When a window closes: HH:mm, or 24:00 for the end of the day. */
    public static final String CLOSES_PATTERN = OPENS_PATTERN + "|24:00";

    /** One opening window on one day of the week; {@code from} is before {@code to}. */
    public record Window(DayOfWeek day, LocalTime from, LocalTime to) {
        public Window {
            if (day == null || from == null || to == null || !from.isBefore(to)) {
                throw new IllegalArgumentException("a window needs a day and a start before its end");
            }
        }

        public String text() {
            return code(day) + " " + from + "-" + to;
        }
    }

    public ServiceHours {
        weekly = weekly.stream()
                .sorted(Comparator.comparing(Window::day).thenComparing(Window::from))
                .toList();
        holidays = Set.copyOf(holidays);
    }

    /**
     * Reads the stored form; throws {@link IllegalArgumentException} naming what is wrong (an
     * unknown time zone or day, a window whose start is not before its end, a bad date).
     */
    public static ServiceHours parse(String timeZone, String weeklyHours, String holidays) {
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone == null ? "" : timeZone.trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone " + timeZone);
        }
        List<Window> windows = new ArrayList<>();
        for (String part : split(weeklyHours, ';')) {
            String[] dayAndTimes = part.split("\\s+");
            String[] times = dayAndTimes.length == 2 ? dayAndTimes[1].split("-") : new String[0];
            if (times.length != 2) {
                throw new IllegalArgumentException("a window reads like MON 09:00-18:00, not " + part);
            }
            try {
                windows.add(new Window(day(dayAndTimes[0]), LocalTime.parse(times[0]), LocalTime.parse(times[1])));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("a window reads like MON 09:00-18:00, not " + part);
            }
        }
        Set<LocalDate> dates = new TreeSet<>();
        for (String date : split(holidays, ',')) {
            try {
                dates.add(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("a holiday is a date such as 2026-01-01, not " + date);
            }
        }
        return new ServiceHours(zone, windows, dates);
    }

    public static DayOfWeek day(String code) {
        return Arrays.stream(DayOfWeek.values())
                .filter(d -> code(d).equalsIgnoreCase(code.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown day " + code));
    }

    public static String code(DayOfWeek day) {
        return day.name().substring(0, 3);
    }

    public String weeklyText() {
        return weekly.stream().map(Window::text).collect(Collectors.joining(";"));
    }

    public String holidaysText() {
        return new TreeSet<>(holidays).stream().map(LocalDate::toString).collect(Collectors.joining(","));
    }

    /**
     * What the schedule says of the day {@code now} falls on, in its own time zone: that day, its
     * windows (none on a holiday or a day without hours), and whether one is open at {@code now}.
     * A schedule without windows promises no hours and is never "open".
     */
    public Today today(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate day = local.toLocalDate();
        boolean holiday = holidays.contains(day);
        List<Window> windows = holiday ? List.of() : windowsOn(day.getDayOfWeek());
        LocalTime time = local.toLocalTime();
        boolean open = windows.stream().anyMatch(w -> !time.isBefore(w.from()) && time.isBefore(w.to()));
        return new Today(day, windows, holiday, open);
    }

    /** One day of a schedule: see {@link #today}. */
    public record Today(LocalDate date, List<Window> windows, boolean holiday, boolean openNow) {

        /** The day's windows as a person reads them ("09:00-18:00"), empty when closed all day. */
        public String hoursText() {
            return windows.stream().map(w -> w.text().substring(4)).collect(Collectors.joining(", "));
        }
    }

    /** The service hours as a person reads them: "MON 09:00-18:00, TUE ... (Europe/Istanbul)". */
    public String describe() {
        return weekly.stream().map(Window::text).collect(Collectors.joining(", ")) + " (" + zone.getId() + ")";
    }

    /**
     * The instant at which {@code amount} of working time has passed since {@code start}, counting
     * only the schedule's windows and skipping holidays. A schedule without windows counts around
     * the clock (it promises no hours, so it cannot stop a clock).
     */
    public Instant addWorkingTime(Instant start, Duration amount) {
        if (weekly.isEmpty()) {
            return start.plus(amount);
        }
        Duration remaining = amount;
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            if (holidays.contains(day)) {
                continue;
            }
            for (Window window : windowsOn(day.getDayOfWeek())) {
                Instant opens = ZonedDateTime.of(day, window.from(), zone).toInstant();
                Instant closes = ZonedDateTime.of(day, window.to(), zone).toInstant();
                Instant from = opens.isAfter(start) ? opens : start;
                if (!from.isBefore(closes)) {
                    continue;
                }
                Duration available = Duration.between(from, closes);
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw new IllegalStateException("no service hours within " + MAX_DAYS + " days");
    }

    private List<Window> windowsOn(DayOfWeek day) {
        return weekly.stream().filter(w -> w.day() == day).toList();
    }

    private static List<String> split(String text, char separator) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(java.util.regex.Pattern.quote(String.valueOf(separator))))
                .map(s -> s.trim().toUpperCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
