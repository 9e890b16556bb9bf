package io.partnerdesk.shared.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Set;

/**
 * Marks the stateless pages' views transient as soon as they are created. The pages say so
 * themselves ({@code <f:view transient>} through the {@code statelessView} parameter), but only once
 * the view is built during rendering; PrimeFaces asks for the page's script nonce just before that
 * and would keep it in the view map of a view it takes for stateful, which starts an HTTP session for
 * every visitor of the login page.
 */
public class StatelessViews extends ViewHandlerWrapper {

    /** The pages that keep no state: they must never start a session. */
    static final Set<String> VIEW_IDS = Set.of("/login.xhtml");

    public StatelessViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && VIEW_IDS.contains(root.getViewId())) {
            root.setTransient(true);
        }
        return root;
    }
}
