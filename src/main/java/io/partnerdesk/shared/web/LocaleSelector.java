package io.partnerdesk.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

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

    static Locale chosen(HttpServletRequest request) {
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

    static Locale supported(String language) {
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equalsIgnoreCase(language))
                .findFirst()
                .orElse(null);
    }
}
