package io.partnerdesk.subscription.ui;

import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.shared.web.Messages;
import io.partnerdesk.subscription.application.SubscriptionService;
import io.partnerdesk.subscription.application.SupportContactService;
import io.partnerdesk.subscription.domain.Subscription;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Bulk assignment of designated support contacts ({@code /subscriptions/bulk.xhtml}): select many
 * subscriptions the caller provides, pick a contact, review a dry run, apply in steps with progress.
 */
@Named
@ViewScoped
public class BulkAssignView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CHUNK = 100;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    SupportContactService supportContacts;

    private String filter;
    private final Map<String, Boolean> selection = new HashMap<>();
    private UUID contactId;
    private List<Partner> contacts;
    private List<SupportContactService.BulkLine> preview;
    private final List<UUID> pending = new ArrayList<>();
    private final List<SupportContactService.BulkLine> results = new ArrayList<>();
    private int total;
    private final Rows model = new Rows();

    /** The subscriptions the caller provides, one database page per table page. */
    public class Rows extends LazyDataModel<Subscription> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) subscriptions.countProvided(filter);
        }

        @Override
        public List<Subscription> load(
                int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return subscriptions.pageProvided(filter, first, size);
        }

        @Override
        public String getRowKey(Subscription row) {
            return row.getId().toString();
        }
    }

    public void selectAllMatching() {
        subscriptions
                .idsProvided(filter, SupportContactService.MAX_BULK)
                .forEach(id -> selection.put(id.toString(), true));
        preview = null;
    }

    public void clearSelection() {
        selection.clear();
        preview = null;
    }

    public void selectionChanged() {
        preview = null;
    }

    public List<UUID> getSelectedIds() {
        Set<UUID> ids = new LinkedHashSet<>();
        selection.forEach((id, selected) -> {
            if (Boolean.TRUE.equals(selected)) {
                ids.add(UUID.fromString(id));
            }
        });
        return new ArrayList<>(ids);
    }

    public int getSelectedCount() {
        return (int) selection.values().stream().filter(Boolean.TRUE::equals).count();
    }

    public void dryRun() {
        if (getSelectedCount() == 0) {
            Messages.error(null, "bulk.nothingSelected");
            return;
        }
        preview = supportContacts.bulk(getSelectedIds(), contactId, true);
        results.clear();
    }

    public void startApply() {
        pending.clear();
        pending.addAll(getSelectedIds());
        results.clear();
        total = pending.size();
        applyNextChunk();
    }

    /** Applies the next chunk; the page calls again while there is more, showing progress. */
    public void applyNextChunk() {
        List<UUID> chunk = new ArrayList<>(pending.subList(0, Math.min(CHUNK, pending.size())));
        results.addAll(supportContacts.bulk(chunk, contactId, false));
        pending.subList(0, chunk.size()).clear();
        boolean more = !pending.isEmpty();
        PrimeFaces.current().ajax().addCallbackParam("more", more);
        if (!more) {
            long changed = results.stream()
                    .filter(l -> l.outcome() == SupportContactService.Outcome.CHANGED)
                    .count();
            Messages.info(null, "bulk.applied", changed, results.size());
            preview = null;
            selection.clear();
        }
    }

    public int getProgress() {
        return total == 0 ? 0 : (int) (100L * (total - pending.size()) / total);
    }

    /** Why a line was refused, in the page's language; empty for a line that was not. */
    public String reason(SupportContactService.BulkLine line) {
        return line.refusal() == null
                ? ""
                : line.refusal()
                        .localizedMessage(
                                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public long count(List<SupportContactService.BulkLine> lines, String outcome) {
        return lines == null
                ? 0
                : lines.stream().filter(l -> l.outcome().name().equals(outcome)).count();
    }

    public List<Partner> getContacts() {
        if (contacts == null) {
            contacts = subscriptions.contactChoices();
        }
        return contacts;
    }

    public LazyDataModel<Subscription> getModel() {
        return model;
    }

    public Map<String, Boolean> getSelection() {
        return selection;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public UUID getContactId() {
        return contactId;
    }

    public void setContactId(UUID contactId) {
        this.contactId = contactId;
    }

    public List<SupportContactService.BulkLine> getPreview() {
        return preview;
    }

    public List<SupportContactService.BulkLine> getResults() {
        return results;
    }
}
