package io.partnerdesk.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpSession;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the session's record of {@code @ViewScoped} beans as small as the views it still holds.
 *
 * <p>Faces keeps the view maps of a user's most recent views in the session and evicts the eldest
 * when a new view opens, destroying its beans; but the CDI bookkeeping kept beside each view map (one
 * entry per view ever opened) is never removed. In a distributable application the whole session is
 * serialized and saved to the data grid after every request, so that leftover bookkeeping made every
 * page slower the longer a person worked. After each rendered page this drops the entries whose view
 * map is gone.
 */
public class ViewScopeHousekeeping implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** The Faces implementation's session attribute holding the view maps still alive. */
    static final String ACTIVE_VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";

    /** The Faces implementation's session attribute holding the CDI contexts of view-scoped beans. */
    static final String ACTIVE_VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.getExternalContext().getSession(false) instanceof HttpSession session) {
            prune(session);
        }
    }

    /** Removes the view-scope contexts whose view map has been evicted; true when it removed any. */
    static boolean prune(HttpSession session) {
        if (!(session.getAttribute(ACTIVE_VIEW_CONTEXTS) instanceof Map<?, ?> contexts) || contexts.isEmpty()) {
            return false;
        }
        Set<Object> alive = new HashSet<>();
        if (session.getAttribute(ACTIVE_VIEW_MAPS) instanceof Map<?, ?> viewMaps) {
            synchronized (viewMaps) {
                alive.addAll(viewMaps.keySet());
            }
        }
        boolean removed;
        synchronized (contexts) {
            removed = contexts.keySet().removeIf(key -> !alive.contains(key));
        }
        if (removed) {
            // Setting the attribute again tells the container the session changed.
            session.setAttribute(ACTIVE_VIEW_CONTEXTS, contexts);
        }
        return removed;
    }
}
