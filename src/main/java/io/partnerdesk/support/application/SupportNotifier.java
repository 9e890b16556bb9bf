package io.partnerdesk.support.application;

import io.partnerdesk.notification.application.UserNotifications;
import io.partnerdesk.shared.events.OrganisationEvent;
import io.partnerdesk.support.domain.ServiceRequest;
import io.partnerdesk.support.domain.SupportRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Who hears about what happens to a request: the handler's assignee (or, while nobody is assigned,
 * all its support staff) and the customer's admins; and the handler's other systems, through the
 * events its webhooks receive. Called inside the change's transaction.
 */
@ApplicationScoped
public class SupportNotifier {

    @Inject
    UserNotifications notifications;

    @Inject
    Event<OrganisationEvent> events;

    @Inject
    ReplyMailbox mailbox;

    /** Announces a request that has just landed in its handler's queue. */
    public void created(SupportRequest request) {
        events.fire(event(OrganisationEvent.Kind.SUPPORT_REQUEST_CREATED, request));
    }

    /** Announces a change to a request (assignment, note, status) to its handler's systems. */
    public void updated(SupportRequest request) {
        events.fire(event(OrganisationEvent.Kind.SUPPORT_REQUEST_UPDATED, request));
    }

    private static OrganisationEvent event(OrganisationEvent.Kind kind, SupportRequest request) {
        return OrganisationEvent.of(
                kind,
                request.getHandler().getId(),
                "SupportRequest",
                request.getId(),
                "title",
                request.getTitle(),
                "status",
                request.getStatus().name(),
                "severity",
                request.getSeverity().name(),
                "customerId",
                request.getCustomer().getId(),
                "assignee",
                request.getAssignee(),
                "escalatedFromId",
                request.getEscalatedFrom() == null
                        ? null
                        : request.getEscalatedFrom().getId());
    }

    /** Tells the partner side (assignee, or the handler's support staff). */
    public void toHandler(SupportRequest request, String key, Object... arguments) {
        List<String> to = request.getAssignee() != null
                ? List.of(request.getAssignee())
                : notifications.supportStaffOf(request.getHandler().getId());
        notifications.send(to, staffLink(request), replyTo(request), key, arguments);
    }

    /** Tells one colleague (e.g. a new assignee). */
    public void toStaff(String username, SupportRequest request, String key, Object... arguments) {
        notifications.send(List.of(username), staffLink(request), replyTo(request), key, arguments);
    }

    /** Tells the customer's admins, unless the request is a copy escalated between partners. */
    public void toCustomer(SupportRequest request, String key, Object... arguments) {
        if (request.getEscalatedFrom() != null) {
            return;
        }
        notifications.send(
                notifications.adminsOf(request.getCustomer().getId()),
                "my/request.xhtml?id=" + request.getId(),
                replyTo(request),
                key,
                arguments);
    }

    /** Tells the person who filed a service request. */
    public void toFiler(ServiceRequest request, String key, Object... arguments) {
        notifications.send(
                List.of(request.getCreatedBy()), "support/servicerequest.xhtml?id=" + request.getId(), key, arguments);
    }

    /** Where replies to a mail about the request go, when replies by e-mail are on. */
    private String replyTo(SupportRequest request) {
        return mailbox.replyAddress(request).orElse(null);
    }

    private static String staffLink(SupportRequest request) {
        return "support/request.xhtml?id=" + request.getId();
    }
}
