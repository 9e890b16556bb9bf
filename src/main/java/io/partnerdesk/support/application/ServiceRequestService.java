package io.partnerdesk.support.application;

import io.partnerdesk.audit.application.AuditLog;
import io.partnerdesk.customer.domain.CustomerRelationship;
import io.partnerdesk.customer.domain.RelationshipRepository;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerKind;
import io.partnerdesk.partner.domain.PartnerRepository;
import io.partnerdesk.partner.domain.PartnershipRepository;
import io.partnerdesk.partner.domain.SupportOffering;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.Page;
import io.partnerdesk.shared.SystemText;
import io.partnerdesk.shared.metrics.PortalMetrics;
import io.partnerdesk.shared.security.CurrentUser;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.subscription.domain.Product;
import io.partnerdesk.subscription.domain.SubscriptionRepository;
import io.partnerdesk.support.domain.Note;
import io.partnerdesk.support.domain.ServiceRequest;
import io.partnerdesk.support.domain.ServiceRequestRepository;
import io.partnerdesk.support.domain.ServiceRequestStatus;
import io.partnerdesk.support.domain.ServiceRequestType;
import io.partnerdesk.support.domain.Severity;
import io.partnerdesk.support.domain.SupportRequest;
import io.partnerdesk.support.domain.SupportTopic;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Service requests to the vendor, filed by a provider (or a direct partner) on behalf of a
 * customer, directly or to escalate a support request. Rule 6: only while the partner holds
 * delegated admin privileges for the customer; a technical one only through a support plan.
 */
@Stateless
@RolesAllowed({Role.GLOBAL_ADMIN, Role.USER_MANAGEMENT_ADMIN, Role.HELPDESK_AGENT, Role.ADMIN_AGENT})
public class ServiceRequestService {

    @Inject
    CurrentUser currentUser;

    @Inject
    ServiceRequestRepository serviceRequests;

    @Inject
    SupportQueueService queue;

    @Inject
    RelationshipRepository relationships;

    @Inject
    PartnerRepository partners;

    @Inject
    PartnershipRepository partnerships;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    AuditLog auditLog;

    @Inject
    PortalMetrics metrics;

    @Inject
    SupportNotifier notifier;

    /** What filing a service request takes; the product is optional. */
    public record NewServiceRequest(
            @NotNull ServiceRequestType type,
            @NotNull UUID supportTopicId,
            UUID productId,
            @NotBlank @Size(max = SupportRequest.MAX_TITLE) String title,
            @NotBlank @Size(max = SupportRequest.MAX_TEXT) String description,
            @NotNull Severity severity) {}

    /** The customer a service request would be filed for, with the caller's relationship; 404 if none. */
    public CustomerRelationship customer(UUID customerId) {
        return visibleRelationship(customerId);
    }

    /** The catalogue's products, to say what a service request is about. */
    public List<Product> products() {
        return subscriptions.products();
    }

    public List<SupportTopic> topics() {
        return serviceRequests.topics();
    }

    public Page<ServiceRequest> page(ServiceRequestStatus status, UUID customerId, int offset, int size) {
        return new Page<>(count(status, customerId), pageOnly(status, customerId, offset, size));
    }

    /** How many service requests {@link #page} lists in all (a paginator asks once per render). */
    public long count(ServiceRequestStatus status, UUID customerId) {
        UUID me = currentUser.requirePartnerId();
        if (customerId != null) {
            visibleRelationship(customerId);
        }
        return serviceRequests.count(me, status, customerId);
    }

    /** The rows of one page of {@link #page}, without counting them all again. */
    public List<ServiceRequest> pageOnly(ServiceRequestStatus status, UUID customerId, int offset, int size) {
        UUID me = currentUser.requirePartnerId();
        if (customerId != null) {
            visibleRelationship(customerId);
        }
        return serviceRequests.page(me, status, customerId, offset, size);
    }

    /** A service request of a list, with its notes. */
    public record Listed(ServiceRequest request, List<Note> notes) {}

    /** One page as {@link #page} gives it, each request with its notes, read for the whole page at once. */
    public Page<Listed> pageWithNotes(ServiceRequestStatus status, UUID customerId, int offset, int size) {
        Page<ServiceRequest> page = page(status, customerId, offset, size);
        Map<UUID, List<Note>> notes = serviceRequests.notesOf(
                currentUser.requirePartnerId(),
                page.items().stream().map(ServiceRequest::getId).toList());
        return new Page<>(
                page.totalCount(),
                page.items().stream()
                        .map(r -> new Listed(r, notes.getOrDefault(r.getId(), List.of())))
                        .toList());
    }

    /** A service request the caller's organisation filed; 404 for any other. */
    public ServiceRequest get(UUID id) {
        UUID me = currentUser.requirePartnerId();
        ServiceRequest request = serviceRequests
                .find(id)
                .filter(r -> r.getPartner().getId().equals(me))
                .orElseThrow(() -> BusinessException.notFound("service_request", id));
        request.getNotes().size();
        return request;
    }

    /** Files a service request on behalf of the customer (from the customer's page). */
    public ServiceRequest file(UUID customerId, @Valid @NotNull NewServiceRequest input) {
        return file(customerId, input, null);
    }

    /** Escalates one of the caller's support requests to the vendor. */
    public ServiceRequest escalateToVendor(UUID supportRequestId, @Valid @NotNull NewServiceRequest input) {
        SupportRequest origin = queue.get(supportRequestId);
        if (!origin.getStatus().isOpen()) {
            throw BusinessException.conflict("REQUEST_NOT_OPEN", List.of(), origin.getTitle());
        }
        ServiceRequest filed = file(origin.getCustomer().getId(), input, origin);
        return filed;
    }

    private ServiceRequest file(UUID customerId, NewServiceRequest input, SupportRequest origin) {
        Partner me = partners.find(currentUser.requirePartnerId()).orElseThrow();
        CustomerRelationship relationship = visibleRelationship(customerId);
        Instant now = Instant.now();
        if (!relationship.hasDelegatedAdmin(now)) {
            throw BusinessException.ruleBroken(
                    "NO_DELEGATED_ADMIN_FOR_SERVICE_REQUEST",
                    me.getName(),
                    relationship.getCustomer().getCompanyName());
        }
        if (me.getKind() == PartnerKind.INDIRECT_RESELLER) {
            throw BusinessException.ruleBroken("RESELLERS_ESCALATE_TO_PROVIDER", me.getName());
        }
        SupportTopic topic = serviceRequests
                .findTopic(input.supportTopicId())
                .orElseThrow(() -> BusinessException.notFound("support_topic", input.supportTopicId()));
        if (topic.getType() != input.type()) {
            throw BusinessException.ruleBroken(
                    "SUPPORT_TOPIC_TYPE_MISMATCH",
                    SystemText.word("support.type." + topic.getType().name()),
                    SystemText.word("support.type." + input.type().name()));
        }
        if (input.type() == ServiceRequestType.TECHNICAL
                && partnerships
                        .findOffering(me.getId())
                        .map(SupportOffering::plans)
                        .orElse(List.of())
                        .isEmpty()) {
            throw BusinessException.ruleBroken("SUPPORT_PLAN_REQUIRED", me.getName());
        }
        Product product = input.productId() == null
                ? null
                : subscriptions
                        .findProduct(input.productId())
                        .orElseThrow(() -> BusinessException.notFound("product", input.productId()));
        ServiceRequest request = new ServiceRequest(
                relationship.getCustomer(),
                me,
                origin,
                input.type(),
                topic,
                product,
                input.title(),
                input.description(),
                input.severity(),
                currentUser.getUsername(),
                now);
        serviceRequests.add(request);
        metrics.count(PortalMetrics.Counter.SERVICE_REQUESTS_FILED);
        if (origin != null) {
            metrics.count(PortalMetrics.Counter.SUPPORT_REQUESTS_ESCALATED, "level", "vendor");
        }
        auditLog.record(new AuditLog.Entry(
                "SERVICE_REQUEST_FILED",
                "ServiceRequest",
                request.getId(),
                me.getId(),
                null,
                customerId,
                null,
                origin == null
                        ? SystemText.of(
                                "audit.value.serviceRequestFiled",
                                SystemText.word("support.type." + input.type().name()),
                                input.severity().name(),
                                topic.getCode(),
                                SystemText.typed(request.getTitle()))
                        : SystemText.of(
                                "audit.value.serviceRequestFiledFor",
                                SystemText.word("support.type." + input.type().name()),
                                input.severity().name(),
                                topic.getCode(),
                                SystemText.typed(request.getTitle()),
                                origin.getId())));
        if (origin != null) {
            queue.escalatedToVendor(origin.getId(), request.getId());
        }
        return request;
    }

    public ServiceRequest addNote(UUID id, @NotBlank @Size(max = Note.MAX_LENGTH) String text) {
        ServiceRequest request = get(id);
        Instant now = Instant.now();
        request.addNote(new Note(
                currentUser.getUsername(),
                currentUser.getDisplayName(),
                request.getPartner().getName(),
                now,
                SystemText.typed(text)));
        audit(request, "SERVICE_REQUEST_NOTE_ADDED", null, CustomerRequestService.abbreviate(text));
        notifier.toFiler(request, "notice.serviceRequest.note", request.getTitle(), currentUser.getDisplayName());
        return request;
    }

    public ServiceRequest changeStatus(UUID id, @NotNull ServiceRequestStatus status, Long expectedVersion) {
        ServiceRequest request = get(id);
        if (expectedVersion != null && expectedVersion != request.getVersion()) {
            throw BusinessException.stale("serviceRequest");
        }
        if (!request.getStatus().canMoveTo(status)) {
            return request;
        }
        ServiceRequestStatus from = request.changeStatus(status, Instant.now());
        audit(
                request,
                "SERVICE_REQUEST_STATUS_CHANGED",
                SystemText.of("support.srStatus." + from.name()),
                SystemText.of("support.srStatus." + status.name()));
        notifier.toFiler(
                request,
                "notice.serviceRequest.status",
                request.getTitle(),
                SystemText.word("support.srStatus." + status.name()));
        return request;
    }

    private CustomerRelationship visibleRelationship(UUID customerId) {
        return relationships
                .findVisible(currentUser.requirePartnerId(), customerId)
                .orElseThrow(() -> BusinessException.notFound("customer", customerId));
    }

    private void audit(ServiceRequest request, String action, String old, String now) {
        auditLog.record(new AuditLog.Entry(
                action,
                "ServiceRequest",
                request.getId(),
                request.getPartner().getId(),
                null,
                request.getCustomer().getId(),
                old,
                now));
    }
}
