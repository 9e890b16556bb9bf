package io.partnerdesk.support.ui;

import io.partnerdesk.shared.web.Messages;
import io.partnerdesk.support.application.ServiceRequestService;
import io.partnerdesk.support.domain.ServiceRequest;
import io.partnerdesk.support.domain.ServiceRequestStatus;
import io.partnerdesk.support.domain.ServiceRequestType;
import io.partnerdesk.support.domain.Severity;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The service requests the caller's organisation filed ({@code /support/servicerequests.xhtml}). */
@Named
@ViewScoped
public class ServiceRequestListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceRequestService serviceRequests;

    private ServiceRequestStatus status;

    /** One line of the list. */
    public record Row(
            UUID id,
            String title,
            String customerName,
            ServiceRequestType type,
            String topic,
            Severity severity,
            ServiceRequestStatus status,
            Instant createdAt,
            Instant initialResponseDue)
            implements Serializable {

        static Row of(ServiceRequest r) {
            return new Row(
                    r.getId(),
                    r.getTitle(),
                    r.getCustomer().getCompanyName(),
                    r.getType(),
                    r.getSupportTopic().name(Messages.locale()),
                    r.getSeverity(),
                    r.getStatus(),
                    r.getCreatedAt(),
                    r.getInitialResponseDue());
        }
    }

    private final LazyDataModel<Row> requests = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) serviceRequests.count(status, null);
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return serviceRequests.pageOnly(status, null, first, pageSize).stream()
                    .map(Row::of)
                    .toList();
        }

        @Override
        public String getRowKey(Row row) {
            return row.id().toString();
        }
    };

    public LazyDataModel<Row> getRequests() {
        return requests;
    }

    public ServiceRequestStatus[] getStatuses() {
        return ServiceRequestStatus.values();
    }

    public ServiceRequestStatus getStatus() {
        return status;
    }

    public void setStatus(ServiceRequestStatus status) {
        this.status = status;
    }
}
