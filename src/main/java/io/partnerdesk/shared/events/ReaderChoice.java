package io.partnerdesk.shared.events;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * The language and time zone a signed-in person reads PartnerDesk in: fired when they sign in in
 * the browser and when they switch the language, so that what is later written to them (e-mails)
 * is in the same language and time zone. The organisation feature observes it and remembers it.
 */
public record ReaderChoice(String username, Locale language, ZoneId zone) {

    public ReaderChoice {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(zone, "zone");
    }
}
