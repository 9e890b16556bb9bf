package io.partnerdesk.shared.web;

import io.partnerdesk.shared.config.PublicUrl;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/** Small facts about the current page that several page beans need. */
public final class Pages {

    private Pages() {}

    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /**
     * The portal's own address, for links handed to people outside it (invitations): always the
     * configured public URL, whatever host the browser's request named.
     */
    public static String portalUrl(String path) {
        return CDI.current().select(PublicUrl.class).get().link(path);
    }
}
