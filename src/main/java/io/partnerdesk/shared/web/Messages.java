package io.partnerdesk.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Puts texts from the message bundle on the page, in the page's language. */
public final class Messages {

    private Messages() {}

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
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
