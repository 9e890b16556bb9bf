package io.partnerdesk.shared.web;

import io.partnerdesk.shared.Dates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Dates, times and countries on the pages, written for the reader: {@code #{formats.dateTime(at)}},
 * {@code #{formats.date(day)}}, {@code #{formats.country(code)}}.
 */
@Named
@ApplicationScoped
public class Formats {

    /** A moment in the page's language and the reader's time zone. */
    public String dateTime(Instant at) {
        return Messages.dateTime(at);
    }

    /** A day in the page's language. */
    public String date(LocalDate day) {
        return Dates.date(day, Messages.locale());
    }

    /** A country's name in the page's language ("Türkiye", "Amerika Birleşik Devletleri"); the code when unknown. */
    public String country(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(Messages.locale());
        return name.isEmpty() || name.equals(code) ? code : name;
    }
}
