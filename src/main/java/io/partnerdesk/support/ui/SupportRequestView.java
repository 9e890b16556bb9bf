package io.partnerdesk.support.ui;

import io.partnerdesk.partner.domain.PartnerKind;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.web.Messages;
import io.partnerdesk.support.application.AttachmentService;
import io.partnerdesk.support.application.ServiceRequestService;
import io.partnerdesk.support.application.SupportQueueService;
import io.partnerdesk.support.domain.Note;
import io.partnerdesk.support.domain.ServiceRequest;
import io.partnerdesk.support.domain.ServiceRequestType;
import io.partnerdesk.support.domain.Severity;
import io.partnerdesk.support.domain.SupportRequest;
import io.partnerdesk.support.domain.SupportRequestStatus;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One support request ({@code /support/request.xhtml?id=}): its SLA clock, notes, assignment,
 * status and escalation to the next level.
 */
@Named
@ViewScoped
public class SupportRequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupportQueueService queue;

    @Inject
    ServiceRequestService serviceRequests;

    @Inject
    AttachmentsPanel attachments;

    private UUID id;
    private Shown request;
    private List<NoteLine> notes = List.of();
    private List<Link> links = List.of();
    private boolean escalatedToProvider;
    private List<SupportQueueView.Option> colleagues = List.of();
    private List<SupportQueueView.Option> topics = List.of();

    private String newNote;
    private SupportRequestStatus newStatus;
    private String resolution;
    private String assignee;
    private String escalationNote;
    private ServiceRequestType vendorType = ServiceRequestType.TECHNICAL;
    private String vendorTopic;
    private Severity vendorSeverity;
    private String vendorTitle;
    private String vendorDescription;

    /** What the page shows of the request. */
    public record Shown(
            UUID id,
            String title,
            String description,
            String customerName,
            String productName,
            String handlerName,
            boolean handlerIsReseller,
            String providerName,
            Severity severity,
            SupportRequestStatus status,
            String preferredContact,
            String assignee,
            String createdBy,
            Instant createdAt,
            Instant firstResponseDue,
            Instant firstRespondedAt,
            String resolution,
            long version)
            implements Serializable {}

    /** A note as the page lists it. */
    public record NoteLine(String author, String organisation, Instant at, String text) implements Serializable {}

    /** A linked request: where this one came from, or went. */
    public record Link(String kind, String outcome, String id, String label, String status) implements Serializable {}

    public void load() {
        if (id == null) {
            throw BusinessException.notFound("support_request", "");
        }
        refresh(id);
        attachments.show(AttachmentService.Side.STAFF, id, request.status() != SupportRequestStatus.CLOSED);
        colleagues = queue.colleagues().stream()
                .map(c -> new SupportQueueView.Option(c.username(), c.displayName()))
                .toList();
        topics = serviceRequests.topics().stream()
                .map(t -> new SupportQueueView.Option(
                        t.getId().toString(),
                        t.name(FacesContext.getCurrentInstance().getViewRoot().getLocale()) + " ("
                                + Messages.text("support.type." + t.getType().name()) + ")"))
                .toList();
    }

    /** Shows the request as a colleague's change has left it; what is typed into the forms stays. */
    public void liveRefresh() {
        if (request != null) {
            refresh(request.id());
            attachments.reload();
        }
    }

    private void refresh(UUID requestId) {
        SupportQueueService.Detail detail = queue.detail(requestId);
        SupportRequest r = detail.request();
        request = new Shown(
                r.getId(),
                r.getTitle(),
                r.getDescription(),
                r.getCustomer().getCompanyName(),
                r.getSubscription().getProduct().getName(),
                r.getHandler().getName(),
                r.getHandler().getKind() == PartnerKind.INDIRECT_RESELLER,
                r.getSubscription().getProvider().getName(),
                r.getSeverity(),
                r.getStatus(),
                r.getPreferredContact().name(),
                r.getAssignee(),
                r.getCreatedBy(),
                r.getCreatedAt(),
                r.getFirstResponseDue(),
                r.getFirstRespondedAt(),
                r.getResolution(),
                r.getVersion());
        notes = r.getNotes().stream().map(SupportRequestView::line).toList();
        List<Link> all = new java.util.ArrayList<>();
        if (detail.escalatedFrom() != null) {
            all.add(new Link(
                    "from",
                    "request",
                    null,
                    detail.escalatedFrom().getHandler().getName(),
                    detail.escalatedFrom().getStatus().name()));
        }
        for (SupportRequest e : detail.escalations()) {
            all.add(new Link(
                    "to",
                    "request",
                    null,
                    e.getHandler().getName(),
                    e.getStatus().name()));
        }
        for (ServiceRequest s : detail.serviceRequests()) {
            all.add(new Link(
                    "vendor",
                    "servicerequest",
                    s.getId().toString(),
                    s.getTitle(),
                    s.getStatus().name()));
        }
        links = all;
        escalatedToProvider =
                detail.escalations().stream().anyMatch(e -> e.getStatus().isOpen());
        assignee = r.getAssignee();
        newStatus = null;
        if (vendorSeverity == null) {
            vendorSeverity = r.getSeverity();
            vendorTitle = r.getTitle();
            vendorDescription = r.getDescription();
        }
    }

    static NoteLine line(Note n) {
        return new NoteLine(
                n.getAuthorName(), n.getAuthorOrganisation(), n.getCreatedAt(), Messages.stored(n.getText()));
    }

    public void addNote() {
        change(
                new SupportQueueService.Change(null, null, null, newNote, request.version()),
                "note",
                "support.request.noteAdded");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            newNote = null;
        }
    }

    public void changeStatus() {
        change(
                new SupportQueueService.Change(newStatus, resolution, null, null, request.version()),
                "status-form",
                "support.request.statusChanged");
    }

    public void assign() {
        change(
                new SupportQueueService.Change(null, null, assignee == null ? "" : assignee, null, request.version()),
                "assign-form",
                "support.request.assigned");
    }

    public void assignToMe() {
        queue.assignToMe(request.id());
        refresh(request.id());
        Messages.info(null, "support.request.assigned");
    }

    private void change(SupportQueueService.Change change, String clientId, String done) {
        queue.change(request.id(), change);
        refresh(request.id());
        Messages.info(null, done);
    }

    public void escalateToProvider() {
        queue.escalateToProvider(request.id(), escalationNote);
        escalationNote = null;
        refresh(request.id());
        Messages.info(null, "support.request.escalatedToProvider", request.providerName());
    }

    public void escalateToVendor() {
        ServiceRequest filed = serviceRequests.escalateToVendor(
                request.id(),
                new ServiceRequestService.NewServiceRequest(
                        vendorType,
                        vendorTopic == null || vendorTopic.isBlank() ? null : UUID.fromString(vendorTopic),
                        null,
                        vendorTitle,
                        vendorDescription,
                        vendorSeverity));
        refresh(request.id());
        Messages.info(null, "support.request.escalatedToVendor", filed.getTitle());
    }

    public List<SupportRequestStatus> getNextStatuses() {
        return request == null ? List.of() : List.copyOf(request.status().next());
    }

    /** Whether an escalation to the provider is still open there (then it cannot be escalated again). */
    public boolean isEscalatedToProvider() {
        return escalatedToProvider;
    }

    public boolean isOpen() {
        return request != null && request.status().isOpen();
    }

    public ServiceRequestType[] getTypes() {
        return ServiceRequestType.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
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

    public List<NoteLine> getNotes() {
        return notes;
    }

    public List<Link> getLinks() {
        return links;
    }

    public List<SupportQueueView.Option> getColleagues() {
        return colleagues;
    }

    public List<SupportQueueView.Option> getTopics() {
        return topics;
    }

    public String getNewNote() {
        return newNote;
    }

    public void setNewNote(String newNote) {
        this.newNote = newNote;
    }

    public SupportRequestStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(SupportRequestStatus newStatus) {
        this.newStatus = newStatus;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getEscalationNote() {
        return escalationNote;
    }

    public void setEscalationNote(String escalationNote) {
        this.escalationNote = escalationNote;
    }

    public ServiceRequestType getVendorType() {
        return vendorType;
    }

    public void setVendorType(ServiceRequestType vendorType) {
        this.vendorType = vendorType;
    }

    public String getVendorTopic() {
        return vendorTopic;
    }

    public void setVendorTopic(String vendorTopic) {
        this.vendorTopic = vendorTopic;
    }

    public Severity getVendorSeverity() {
        return vendorSeverity;
    }

    public void setVendorSeverity(Severity vendorSeverity) {
        this.vendorSeverity = vendorSeverity;
    }

    public String getVendorTitle() {
        return vendorTitle;
    }

    public void setVendorTitle(String vendorTitle) {
        this.vendorTitle = vendorTitle;
    }

    public String getVendorDescription() {
        return vendorDescription;
    }

    public void setVendorDescription(String vendorDescription) {
        this.vendorDescription = vendorDescription;
    }
}
