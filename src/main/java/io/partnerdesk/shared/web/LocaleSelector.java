package io.partnerdesk.shared.web;

import io.partnerdesk.shared.Dates;
import io.partnerdesk.shared.events.ReaderChoice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The language of the page: the one the person chose with the language switch (kept in a cookie,
 * so choosing needs no session), else the best match of the browser's languages, else English.
 */
@Named
@RequestScoped
public class LocaleSelector {

    public static final String COOKIE = "partnerdesk-lang";
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("tr"));

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = chosen(request);
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    public static Locale chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    Locale fromCookie = supported(cookie.getValue());
                    if (fromCookie != null) {
                        return fromCookie;
                    }
                }
            }
        }
        var browser = request.getLocales();
        while (browser.hasMoreElements()) {
            Locale candidate = supported(browser.nextElement().getLanguage());
            if (candidate != null) {
                return candidate;
            }
        }
        return Locale.ENGLISH;
    }

    /** The reader's time zone as the page's script keeps it in a cookie; UTC without it. */
    public static ZoneId zone(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (Dates.ZONE_COOKIE.equals(cookie.getName())) {
                    return Dates.zone(cookie.getValue());
                }
            }
        }
        return ZoneOffset.UTC;
    }

    /**
     * Tells the rest of PartnerDesk which language and time zone the signed-in person reads in (for
     * the e-mails they are sent). Remembering is a courtesy: a failure is logged, never shown.
     */
    public static void tell(Event<ReaderChoice> choices, String username, Locale language, HttpServletRequest request) {
        try {
            choices.fire(new ReaderChoice(username, language, zone(request)));
        } catch (RuntimeException notRemembered) {
            Logger.getLogger(LocaleSelector.class.getName())
                    .log(
                            Level.WARNING,
                            "The reader''s language could not be remembered: {0}",
                            notRemembered.toString());
        }
    }

    static Locale supported(String language) {
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equalsIgnoreCase(language))
                .findFirst()
                .orElse(null);
    }
}
