package io.partnerdesk.shared.web;

import io.partnerdesk.shared.events.ReaderChoice;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * The language switch: {@code /language?to=tr&next=/index.xhtml} remembers the choice in a cookie
 * for a year and goes back to the page (only ever to a page of this portal); for a signed-in person
 * it is remembered as the language to write their e-mails in.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    @Inject
    Event<ReaderChoice> readerChoices;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = LocaleSelector.supported(request.getParameter("to"));
        if (locale != null) {
            Cookie cookie = new Cookie(LocaleSelector.COOKIE, locale.getLanguage());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            if (request.getUserPrincipal() != null) {
                LocaleSelector.tell(readerChoices, request.getUserPrincipal().getName(), locale, request);
            }
        }
        response.sendRedirect(request.getContextPath() + safeNext(request.getParameter("next")));
    }

    /** A path inside this portal to go on to; anything else (another site) becomes the home page. */
    public static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return "/";
        }
        try {
            URI uri = URI.create(next);
            return uri.getScheme() == null && uri.getAuthority() == null ? next : "/";
        } catch (IllegalArgumentException notAUri) {
            return "/";
        }
    }
}
