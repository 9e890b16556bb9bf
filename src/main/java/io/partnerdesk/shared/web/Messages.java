package io.partnerdesk.shared.web;

import io.partnerdesk.shared.Dates;
import io.partnerdesk.shared.SystemText;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

/**
 * Puts texts from the message bundle on the page, in the page's language, with moments written in
 * the reader's time zone (the browser's, which the page's script keeps in a cookie; UTC until then).
 */
public final class Messages {

    private Messages() {}

    /**
     * The text of {@code key}; arguments are rendered for the reader first ({@link
     * SystemText#argument}: texts and words of the system, moments, days).
     */
    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        return format(
                context.getApplication().getResourceBundle(context, "msg"),
                context.getViewRoot().getLocale(),
                zone(),
                key,
                arguments);
    }

    /** The language of the page being rendered (English outside a page). */
    public static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null
                ? Locale.ENGLISH
                : context.getViewRoot().getLocale();
    }

    /** A stored text in the page's language: a {@link SystemText} rendered, anything else as it is. */
    public static String stored(String text) {
        if (!SystemText.isKey(text)) {
            return text;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        return stored(
                context.getApplication().getResourceBundle(context, "msg"),
                context.getViewRoot().getLocale(),
                zone(),
                text);
    }

    /** The reader's time zone: the browser's, as the page's script keeps it; UTC outside a page or until it is known. */
    public static ZoneId zone() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null) {
            return ZoneOffset.UTC;
        }
        Object cookie = context.getExternalContext().getRequestCookieMap().get(Dates.ZONE_COOKIE);
        return cookie instanceof Cookie c ? Dates.zone(c.getValue()) : ZoneOffset.UTC;
    }

    /** One argument as the page's reader reads it ({@link SystemText#argument}). */
    public static String argument(Object argument) {
        FacesContext context = FacesContext.getCurrentInstance();
        return String.valueOf(SystemText.argument(
                argument, patternsOf(context.getApplication().getResourceBundle(context, "msg")), locale(), zone()));
    }

    /** A moment as every page writes it, in the page's language and the reader's time zone. */
    public static String dateTime(Instant at) {
        return Dates.dateTime(at, locale(), zone());
    }

    static String format(ResourceBundle bundle, Locale locale, ZoneId zone, String key, Object... arguments) {
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return SystemText.format(pattern, patternsOf(bundle), locale, zone, arguments);
    }

    static String stored(ResourceBundle bundle, Locale locale, ZoneId zone, String text) {
        return SystemText.render(text, patternsOf(bundle), locale, zone);
    }

    private static UnaryOperator<String> patternsOf(ResourceBundle bundle) {
        return k -> bundle.containsKey(k) ? bundle.getString(k) : null;
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void info(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }

    /**
     * Asks the failure handler to show what the current action refuses next to the given field
     * rather than at the top of the page: call it before the use case, never catch.
     */
    public static void refusalsGoTo(String clientId) {
        FacesContext.getCurrentInstance().getAttributes().put(REFUSAL_TARGET, clientId);
    }

    /** Where the current action's refusals go: a field's client id, or null for the page. */
    static String refusalTarget(FacesContext context) {
        return (String) context.getAttributes().get(REFUSAL_TARGET);
    }

    private static final String REFUSAL_TARGET = Messages.class.getName() + ".refusalTarget";
}
