package io.partnerdesk.support.ui;

import io.partnerdesk.customer.application.CustomerService;
import io.partnerdesk.customer.ui.CustomerChoice;
import io.partnerdesk.shared.web.Messages;
import io.partnerdesk.support.application.SupportQueueService;
import io.partnerdesk.support.domain.QueuePosition;
import io.partnerdesk.support.domain.Severity;
import io.partnerdesk.support.domain.SupportRequest;
import io.partnerdesk.support.domain.SupportRequestRepository.QueueFilter;
import io.partnerdesk.support.domain.SupportRequestStatus;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
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

    @Inject
    CustomerService customers;

    private SupportRequestStatus status;
    private Severity severity;
    private CustomerChoice customer;
    private String assignee;
    private boolean breachingOnly;
    private boolean dueSoonOnly;
    /** Words to search the queue for; the best matches come first then. */
    private String words;

    private boolean openOnly = true;
    private List<Option> colleagues = List.of();
    private String currentUsername;

    /** A choice in a filter. */
    public record Option(String value, String label) implements Serializable {}

    /**
     * The queue, one database page per table page: the paginator asks the count, then the rows. Going
     * on to the next page continues from the last row shown (keyset), so a page deep in the queue costs
     * what the first one does; any other jump counts rows from the start.
     */
    private final LazyDataModel<QueueRow> requests = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        private int shownFirst = -1;
        private QueuePosition shownEnd;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queue.queueCount(filter());
        }

        @Override
        public List<QueueRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            QueuePosition after = shownEnd != null && first == shownFirst + pageSize ? shownEnd : null;
            List<SupportRequest> rows = queue.queuePage(filter(), after, first, pageSize);
            shownFirst = first;
            shownEnd = rows.isEmpty() ? null : QueuePosition.after(rows.get(rows.size() - 1));
            return rows.stream().map(QueueRow::of).toList();
        }

        @Override
        public String getRowKey(QueueRow row) {
            return row.id().toString();
        }
    };

    public void load() {
        colleagues = queue.colleagues().stream()
                .map(c -> new Option(c.username(), c.displayName()))
                .toList();
        filterFrom(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap());
    }

    /**
     * The filters a link may open the queue with (the dashboard's figures): {@code severity} (A, B,
     * C), {@code assignee} ({@code me}, or {@code none} for nobody), {@code due} ({@code late} or
     * {@code soon}). Anything else is ignored: the queue then opens unfiltered.
     */
    void filterFrom(Map<String, String> parameters) {
        String s = parameters.get("severity");
        severity = Arrays.stream(Severity.values())
                .filter(v -> v.name().equals(s))
                .findFirst()
                .orElse(null);
        String a = parameters.get("assignee");
        assignee = ME.equals(a) ? ME : "none".equals(a) ? QueueFilter.UNASSIGNED : null;
        String due = parameters.get("due");
        breachingOnly = "late".equals(due);
        dueSoonOnly = "soon".equals(due);
    }

    private QueueFilter filter() {
        String who = assignee;
        if (ME.equals(assignee)) {
            who = currentUsername();
        }
        return new QueueFilter(
                status,
                severity,
                customer == null ? null : customer.id(),
                who == null || who.isBlank() ? null : who,
                breachingOnly,
                openOnly,
                dueSoonOnly,
                words);
    }

    private String currentUsername() {
        if (currentUsername == null) {
            currentUsername =
                    FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
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
        customer = null;
        assignee = null;
        breachingOnly = false;
        dueSoonOnly = false;
        openOnly = true;
        words = null;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public int getMaxWordsLength() {
        return QueueFilter.MAX_WORDS_LENGTH;
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

    /** The caller's customers matching what was typed in the customer filter (a short list, by name). */
    public List<CustomerChoice> completeCustomer(String text) {
        return customers.matching(text).stream().map(CustomerChoice::of).toList();
    }

    public int getCustomerSuggestions() {
        return CustomerService.SUGGESTIONS;
    }

    public int getCustomerQueryMinLength() {
        return CustomerService.QUERY_MIN_LENGTH;
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

    public CustomerChoice getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerChoice customer) {
        this.customer = customer;
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

    public boolean isDueSoonOnly() {
        return dueSoonOnly;
    }

    public void setDueSoonOnly(boolean dueSoonOnly) {
        this.dueSoonOnly = dueSoonOnly;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }
}
