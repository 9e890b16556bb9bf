package io.partnerdesk.support.ui;

import io.partnerdesk.customer.domain.Customer;
import io.partnerdesk.shared.Page;
import io.partnerdesk.shared.web.Messages;
import io.partnerdesk.support.application.SupportQueueService;
import io.partnerdesk.support.domain.Severity;
import io.partnerdesk.support.domain.SupportRequestRepository.QueueFilter;
import io.partnerdesk.support.domain.SupportRequestStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The partner's queue ({@code /support/queue.xhtml}): filters, a lazy list sorted by SLA, assign to me. */
@Named
@ViewScoped
public class SupportQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The assignee filter's value for "me". */
    public static final String ME = "me";

    @Inject
    SupportQueueService queue;

    private SupportRequestStatus status;
    private Severity severity;
    private String customerId;
    private String assignee;
    private boolean breachingOnly;
    private boolean openOnly = true;
    private List<Option> customers = List.of();
    private List<Option> colleagues = List.of();
    private String currentUsername;

    /** A choice in a filter. */
    public record Option(String value, String label) implements Serializable {}

    private final LazyDataModel<QueueRow> requests = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queue.queue(filter(), 0, 1).totalCount();
        }

        @Override
        public List<QueueRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<io.partnerdesk.support.domain.SupportRequest> page = queue.queue(filter(), first, pageSize);
            setRowCount((int) page.totalCount());
            return page.items().stream().map(QueueRow::of).toList();
        }

        @Override
        public String getRowKey(QueueRow row) {
            return row.id().toString();
        }
    };

    public void load() {
        customers = queue.queueCustomers().stream()
                .map((Customer c) -> new Option(c.getId().toString(), c.getCompanyName()))
                .toList();
        colleagues = queue.colleagues().stream()
                .map(c -> new Option(c.username(), c.displayName()))
                .toList();
    }

    private QueueFilter filter() {
        String who = assignee;
        if (ME.equals(assignee)) {
            who = currentUsername();
        }
        return new QueueFilter(
                status,
                severity,
                customerId == null || customerId.isBlank() ? null : UUID.fromString(customerId),
                who == null || who.isBlank() ? null : who,
                breachingOnly,
                openOnly);
    }

    private String currentUsername() {
        if (currentUsername == null) {
            currentUsername = jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getRemoteUser();
        }
        return currentUsername;
    }

    public void assignToMe(UUID id) {
        queue.assignToMe(id);
        Messages.info(null, "support.queue.assignedToYou");
    }

    public void clearFilters() {
        status = null;
        severity = null;
        customerId = null;
        assignee = null;
        breachingOnly = false;
        openOnly = true;
    }

    public LazyDataModel<QueueRow> getRequests() {
        return requests;
    }

    public SupportRequestStatus[] getStatuses() {
        return SupportRequestStatus.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public String getUnassigned() {
        return QueueFilter.UNASSIGNED;
    }

    public List<Option> getCustomers() {
        return customers;
    }

    public List<Option> getColleagues() {
        return colleagues;
    }

    public SupportRequestStatus getStatus() {
        return status;
    }

    public void setStatus(SupportRequestStatus status) {
        this.status = status;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public boolean isBreachingOnly() {
        return breachingOnly;
    }

    public void setBreachingOnly(boolean breachingOnly) {
        this.breachingOnly = breachingOnly;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }
}
