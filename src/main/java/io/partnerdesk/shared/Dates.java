package io.partnerdesk.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How PartnerDesk writes a moment and a day for a reader, the same way on every page, notice and
 * e-mail: in the reader's language and time zone, the zone said after the time ("3 Ara 2026 21:15
 * GMT+3", "Dec 3, 2026, 6:15 PM UTC"). A day carries no time and no zone ("3 Ara 2026"), a month
 * its name and year ("Kasım 2026").
 */
public final class Dates {

    /** The cookie in which the page's script keeps the browser's time zone (an IANA id). */
    public static final String ZONE_COOKIE = "partnerdesk-tz";

    private Dates() {}

    /** A moment: the localized date and time, then the zone. */
    public static String dateTime(Instant at, Locale locale, ZoneId zone) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .withZone(zone)
                        .format(at)
                + " " + zoneLabel(zone, locale, at);
    }

    /** A day, localized. */
    public static String date(LocalDate day, Locale locale) {
        return day == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(day);
    }

    /** A month, localized, e.g. "November 2026", "Kasım 2026". */
    public static String month(YearMonth month, Locale locale) {
        return month == null
                ? ""
                : DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
    }

    /** "UTC" for UTC, else the zone's offset at that moment as the reader's language writes it ("GMT+3"). */
    static String zoneLabel(ZoneId zone, Locale locale, Instant at) {
        if (zone.normalized().equals(ZoneOffset.UTC)) {
            return "UTC";
        }
        return DateTimeFormatter.ofPattern("O", locale).withZone(zone).format(at);
    }

    /** The zone of an IANA id such as "Europe/Istanbul"; UTC for anything else, null included. */
    public static ZoneId zone(String id) {
        if (id == null || id.isBlank() || id.length() > 64 || !id.matches("[A-Za-z0-9_+\\-/]+")) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }
}
