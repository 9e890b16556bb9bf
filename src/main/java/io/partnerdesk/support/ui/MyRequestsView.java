package io.partnerdesk.support.ui;

import io.partnerdesk.partner.domain.ContactMethod;
import io.partnerdesk.shared.web.Messages;
import io.partnerdesk.support.application.CustomerRequestService;
import io.partnerdesk.support.domain.Severity;
import io.partnerdesk.support.domain.SupportRequest;
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

/** The customer's support requests ({@code /my/requests.xhtml}): the list and opening a new one. */
@Named
@ViewScoped
public class MyRequestsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CustomerRequestService requests;

    private List<SupportQueueView.Option> subscriptions = List.of();
    private String subscription;
    private String title;
    private String description;
    private Severity severity = Severity.B;
    private ContactMethod preferredContact = ContactMethod.EMAIL;

    private final LazyDataModel<QueueRow> list = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) requests.countMine();
        }

        @Override
        public List<QueueRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return requests.pageOfMine(first, pageSize).stream()
                    .map(QueueRow::of)
                    .toList();
        }

        @Override
        public String getRowKey(QueueRow row) {
            return row.id().toString();
        }
    };

    public void load() {
        subscriptions = requests.subscriptions().stream()
                .map(s -> new SupportQueueView.Option(
                        s.getId().toString(),
                        s.getProduct().getName() + " — " + s.getSupportContact().getName()))
                .toList();
    }

    public void open() {
        SupportRequest opened = requests.open(new CustomerRequestService.NewRequest(
                subscription == null || subscription.isBlank() ? null : UUID.fromString(subscription),
                title,
                description,
                severity,
                preferredContact));
        Messages.info(
                null,
                "my.requests.opened",
                opened.getTitle(),
                opened.getHandler().getName());
        title = null;
        description = null;
    }

    public LazyDataModel<QueueRow> getList() {
        return list;
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public ContactMethod[] getContactMethods() {
        return ContactMethod.values();
    }

    public List<SupportQueueView.Option> getSubscriptions() {
        return subscriptions;
    }

    public String getSubscription() {
        return subscription;
    }

    public void setSubscription(String subscription) {
        this.subscription = subscription;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public ContactMethod getPreferredContact() {
        return preferredContact;
    }

    public void setPreferredContact(ContactMethod preferredContact) {
        this.preferredContact = preferredContact;
    }
}
