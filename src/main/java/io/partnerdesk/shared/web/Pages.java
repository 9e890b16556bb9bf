package io.partnerdesk.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** Small facts about the current page that several page beans need. */
public final class Pages {

    private Pages() {}

    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** The portal's own address, for links handed to people outside it (invitations). */
    public static String portalUrl(String path) {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String base = request.getRequestURL().toString();
        String root = base.substring(0, base.length() - request.getRequestURI().length()) + request.getContextPath();
        return root + path;
    }
}
