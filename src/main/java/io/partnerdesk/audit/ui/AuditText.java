package io.partnerdesk.audit.ui;

import io.partnerdesk.audit.application.AuditLog;
import io.partnerdesk.shared.web.Messages;
import io.partnerdesk.shared.web.TextParts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * An audit record on the page, in the reader's language: its old and new value in pieces ({@link
 * TextParts}: a value the portal wrote is rendered for the reader, its data and any other value shown
 * as written), and who did it (PartnerDesk itself in the reader's words). The API and the CSV export
 * give the values in English.
 */
@Named
@ApplicationScoped
public class AuditText {

    @Inject
    TextParts textParts;

    public List<TextParts.Part> parts(String stored) {
        return textParts.stored(stored);
    }

    /** The person who made the change, or PartnerDesk itself for what it does on its own. */
    public String actor(String actor) {
        return AuditLog.SYSTEM.equals(actor) ? Messages.text("audit.actor.system") : actor;
    }

    /** Whether the change was PartnerDesk's own. */
    public boolean bySystem(String actor) {
        return AuditLog.SYSTEM.equals(actor);
    }
}
