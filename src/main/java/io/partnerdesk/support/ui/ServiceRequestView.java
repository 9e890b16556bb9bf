package io.partnerdesk.support.ui;

import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.web.Messages;
import io.partnerdesk.support.application.ServiceRequestService;
import io.partnerdesk.support.domain.ServiceRequest;
import io.partnerdesk.support.domain.ServiceRequestStatus;
import io.partnerdesk.support.domain.ServiceRequestType;
import io.partnerdesk.support.domain.Severity;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One service request to the vendor ({@code /support/servicerequest.xhtml?id=}): notes and status. */
@Named
@ViewScoped
public class ServiceRequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceRequestService serviceRequests;

    private UUID id;
    private Shown request;
    private List<SupportRequestView.NoteLine> notes = List.of();
    private String newNote;
    private ServiceRequestStatus newStatus;

    /** What the page shows of the service request. */
    public record Shown(
            UUID id,
            String title,
            String description,
            String customerName,
            ServiceRequestType type,
            String topic,
            String productName,
            Severity severity,
            ServiceRequestStatus status,
            String createdBy,
            Instant createdAt,
            Instant initialResponseDue,
            UUID supportRequestId,
            long version)
            implements Serializable {}

    public void load() {
        if (id == null) {
            throw BusinessException.notFound("service_request", "");
        }
        refresh(id);
    }

    private void refresh(UUID requestId) {
        ServiceRequest r = serviceRequests.get(requestId);
        request = new Shown(
                r.getId(),
                r.getTitle(),
                r.getDescription(),
                r.getCustomer().getCompanyName(),
                r.getType(),
                r.getSupportTopic()
                        .name(FacesContext.getCurrentInstance().getViewRoot().getLocale()),
                r.getProduct() == null ? null : r.getProduct().getName(),
                r.getSeverity(),
                r.getStatus(),
                r.getCreatedBy(),
                r.getCreatedAt(),
                r.getInitialResponseDue(),
                r.getSupportRequest() == null ? null : r.getSupportRequest().getId(),
                r.getVersion());
        notes = r.getNotes().stream().map(SupportRequestView::line).toList();
        newStatus = r.getStatus();
    }

    public void addNote() {
        serviceRequests.addNote(request.id(), newNote);
        newNote = null;
        refresh(request.id());
        Messages.info(null, "support.request.noteAdded");
    }

    public void changeStatus() {
        serviceRequests.changeStatus(request.id(), newStatus, request.version());
        refresh(request.id());
        Messages.info(null, "support.request.statusChanged");
    }

    public ServiceRequestStatus[] getStatuses() {
        return ServiceRequestStatus.values();
    }

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public Shown getRequest() {
        return request;
    }

    public List<SupportRequestView.NoteLine> getNotes() {
        return notes;
    }

    public String getNewNote() {
        return newNote;
    }

    public void setNewNote(String newNote) {
        this.newNote = newNote;
    }

    public ServiceRequestStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(ServiceRequestStatus newStatus) {
        this.newStatus = newStatus;
    }
}
