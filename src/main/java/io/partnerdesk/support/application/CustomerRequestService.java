package io.partnerdesk.support.application;

import io.partnerdesk.audit.application.AuditLog;
import io.partnerdesk.customer.domain.CustomerRepository;
import io.partnerdesk.partner.domain.ContactMethod;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnershipRepository;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.Page;
import io.partnerdesk.shared.SystemText;
import io.partnerdesk.shared.metrics.PortalMetrics;
import io.partnerdesk.shared.security.CurrentUser;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.subscription.domain.Subscription;
import io.partnerdesk.subscription.domain.SubscriptionRepository;
import io.partnerdesk.subscription.domain.SubscriptionStatus;
import io.partnerdesk.support.domain.Note;
import io.partnerdesk.support.domain.Severity;
import io.partnerdesk.support.domain.SlaClock;
import io.partnerdesk.support.domain.SupportRequest;
import io.partnerdesk.support.domain.SupportRequestRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The customer's side of support requests: its admin opens one about one of its subscriptions,
 * which goes to that subscription's designated support contact, and follows it. Cut to the
 * caller's own customer.
 */
@Stateless
@RolesAllowed(Role.CUSTOMER_ADMIN)
public class CustomerRequestService {

    @Inject
    CurrentUser currentUser;

    @Inject
    SupportRequestRepository requests;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    PartnershipRepository partnerships;

    @Inject
    CustomerRepository customers;

    @Inject
    AuditLog auditLog;

    @Inject
    SupportNotifier notifier;

    @Inject
    PortalMetrics metrics;

    /** What opening a request takes. */
    public record NewRequest(
            @NotNull UUID subscriptionId,
            @NotBlank @Size(max = SupportRequest.MAX_TITLE) String title,
            @NotBlank @Size(max = SupportRequest.MAX_TEXT) String description,
            @NotNull Severity severity,
            ContactMethod preferredContact) {}

    /** The customer's subscriptions that a request can be about. */
    public List<Subscription> subscriptions() {
        return subscriptions.ofCustomer(currentUser.requireCustomerId());
    }

    /**
     * Opens a request, routed to the subscription's designated support contact as it is now, with
     * its first response due as that partner's service hours and the severity say.
     */
    public SupportRequest open(@Valid @NotNull NewRequest input) {
        UUID customerId = currentUser.requireCustomerId();
        Subscription subscription = subscriptions
                .findWithSupportContact(input.subscriptionId())
                .filter(s -> s.getCustomer().getId().equals(customerId))
                .filter(s -> s.getStatus() != SubscriptionStatus.DELETED)
                .orElseThrow(() -> BusinessException.notFound("subscription", input.subscriptionId()));
        Partner handler = subscription.getSupportContact();
        Instant now = Instant.now();
        Instant due = SlaClock.firstResponseDue(input.severity(), now, partnerships.findOffering(handler.getId()));
        SupportRequest request = new SupportRequest(
                subscription,
                handler,
                input.title(),
                input.description(),
                input.severity(),
                input.preferredContact() == null ? ContactMethod.EMAIL : input.preferredContact(),
                currentUser.getUsername(),
                now,
                due);
        requests.add(request);
        metrics.count(PortalMetrics.Counter.SUPPORT_REQUESTS_OPENED);
        auditLog.record(new AuditLog.Entry(
                "SUPPORT_REQUEST_OPENED",
                "SupportRequest",
                request.getId(),
                handler.getId(),
                null,
                customerId,
                null,
                SystemText.of(
                        "audit.value.requestOpened",
                        request.getSeverity().name(),
                        SystemText.typed(request.getTitle()),
                        due)));
        notifier.toHandler(
                request,
                "notice.request.new",
                request.getTitle(),
                subscription.getCustomer().getCompanyName(),
                SystemText.word("support.severity." + request.getSeverity().name()));
        notifier.created(request);
        return request;
    }

    /** One page of the customer's requests, newest first. */
    public Page<SupportRequest> mine(int offset, int size) {
        UUID customerId = currentUser.requireCustomerId();
        return new Page<>(requests.countOfCustomer(customerId), requests.ofCustomer(customerId, offset, size));
    }

    /** How many requests the caller's customer has opened. */
    public long countMine() {
        return requests.countOfCustomer(currentUser.requireCustomerId());
    }

    /** How many of the caller's customer's requests are still open. */
    public long countOpenMine() {
        return requests.countOpenOfCustomer(currentUser.requireCustomerId());
    }

    /** One page of the caller's customer's requests, newest first, without counting them again. */
    public List<SupportRequest> pageOfMine(int offset, int size) {
        return requests.ofCustomer(currentUser.requireCustomerId(), offset, size);
    }

    /** One of the customer's requests, with its notes; 404 for anyone else's. */
    public SupportRequest get(UUID id) {
        UUID customerId = currentUser.requireCustomerId();
        SupportRequest request = requests.find(id)
                .filter(r -> r.getCustomer().getId().equals(customerId))
                .filter(r -> r.getEscalatedFrom() == null)
                .orElseThrow(() -> BusinessException.notFound("support_request", id));
        request.getNotes().size();
        return request;
    }

    /** The customer adds a note, which the handler's staff are told about. */
    public SupportRequest addNote(UUID id, @NotBlank @Size(max = Note.MAX_LENGTH) String text) {
        SupportRequest request = get(id);
        if (!request.getStatus().acceptsCustomerNotes()) {
            throw BusinessException.conflict("REQUEST_CLOSED", List.of(), request.getTitle());
        }
        String organisation =
                customers.find(request.getCustomer().getId()).orElseThrow().getCompanyName();
        request.addNote(
                new Note(
                        currentUser.getUsername(),
                        currentUser.getDisplayName(),
                        organisation,
                        Instant.now(),
                        SystemText.typed(text)),
                false);
        auditLog.record(SupportAudit.of(request, "SUPPORT_REQUEST_NOTE_ADDED", null, abbreviate(text)));
        notifier.toHandler(request, "notice.request.customerNote", request.getTitle(), organisation);
        notifier.updated(request);
        return request;
    }

    static String abbreviate(String text) {
        String trimmed = text.trim();
        return trimmed.length() > 500 ? trimmed.substring(0, 500) + "…" : trimmed;
    }
}
