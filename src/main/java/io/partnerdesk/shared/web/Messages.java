package io.partnerdesk.shared.web;

import io.partnerdesk.shared.SystemText;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/** Puts texts from the message bundle on the page, in the page's language. */
public final class Messages {

    private Messages() {}

    /** The text of {@code key}; arguments that are {@link SystemText}s are rendered in the page's language first. */
    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        return format(
                context.getApplication().getResourceBundle(context, "msg"),
                context.getViewRoot().getLocale(),
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
                text);
    }

    static String format(ResourceBundle bundle, Locale locale, String key, Object... arguments) {
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = Arrays.stream(arguments)
                .map(a -> a instanceof String s ? stored(bundle, locale, s) : a)
                .toArray();
        return new MessageFormat(pattern, locale).format(shown);
    }

    static String stored(ResourceBundle bundle, Locale locale, String text) {
        return SystemText.render(text, k -> bundle.containsKey(k) ? bundle.getString(k) : null, locale);
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
