package io.partnerdesk.support.api;

import io.partnerdesk.partner.domain.ContactMethod;
import io.partnerdesk.shared.SystemText;
import io.partnerdesk.support.application.SupportQueueService;
import io.partnerdesk.support.domain.Note;
import io.partnerdesk.support.domain.ServiceRequest;
import io.partnerdesk.support.domain.ServiceRequestStatus;
import io.partnerdesk.support.domain.ServiceRequestType;
import io.partnerdesk.support.domain.Severity;
import io.partnerdesk.support.domain.SupportRequest;
import io.partnerdesk.support.domain.SupportRequestStatus;
import io.partnerdesk.support.domain.SupportTopic;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The shapes of support requests and service requests in the API. */
public final class SupportDtos {

    private SupportDtos() {}

    /** A note, as every request shows it. */
    public record NoteDto(
            String createdBy, String createdByName, String organisation, Instant createdDateTime, String text) {
        static List<NoteDto> of(List<Note> notes) {
            return notes.stream()
                    .map(n -> new NoteDto(
                            n.getAuthor(),
                            n.getAuthorName(),
                            n.getAuthorOrganisation(),
                            n.getCreatedAt(),
                            SystemText.english(n.getText())))
                    .toList();
        }
    }

    /** Something named by id. */
    public record RefDto(UUID id, String name) {}

    /** The SLA clock of a request: when the first response is due, how long is left, whether it ran out. */
    public record SlaDto(Instant firstResponseDue, Instant firstRespondedAt, Long minutesLeft, boolean breached) {
        static SlaDto of(SupportRequest r, Instant now) {
            boolean late = r.getFirstRespondedAt() == null
                    ? r.isBreaching(now)
                    : r.getFirstRespondedAt().isAfter(r.getFirstResponseDue());
            return new SlaDto(
                    r.getFirstResponseDue(),
                    r.getFirstRespondedAt(),
                    r.timeLeft(now).map(Duration::toMinutes).orElse(null),
                    late);
        }
    }

    /** A linked request: an escalated copy or the original. */
    public record LinkDto(UUID id, RefDto handler, SupportRequestStatus status) {
        static LinkDto of(SupportRequest r) {
            return r == null
                    ? null
                    : new LinkDto(
                            r.getId(),
                            new RefDto(r.getHandler().getId(), r.getHandler().getName()),
                            r.getStatus());
        }
    }

    /** A support request as its handler's staff see it. */
    public record SupportRequestDto(
            UUID id,
            String title,
            String description,
            Severity severity,
            SupportRequestStatus status,
            ContactMethod preferredContact,
            RefDto customer,
            RefDto subscription,
            RefDto handler,
            String assignee,
            String createdBy,
            Instant createdDateTime,
            Instant lastModifiedDateTime,
            SlaDto sla,
            String resolution,
            LinkDto escalatedFrom,
            List<LinkDto> escalations,
            List<UUID> serviceRequestIds,
            List<NoteDto> notes,
            long version) {

        /**
         * Consistent with the record's equals and cheap (see {@link io.partnerdesk.shared.api.ListResult#hashCode}):
         * equal answers are of the same request at the same version.
         */
        @Override
        public int hashCode() {
            return 31 * id.hashCode() + Long.hashCode(version);
        }

        static SupportRequestDto summary(SupportRequest r, Instant now) {
            return of(r, null, List.of(), List.of(), List.of(), now);
        }

        static SupportRequestDto of(SupportQueueService.Detail d, Instant now) {
            return of(
                    d.request(),
                    d.escalatedFrom(),
                    d.escalations(),
                    d.serviceRequests().stream().map(ServiceRequest::getId).toList(),
                    NoteDto.of(d.request().getNotes()),
                    now);
        }

        private static SupportRequestDto of(
                SupportRequest r,
                SupportRequest from,
                List<SupportRequest> escalations,
                List<UUID> serviceRequests,
                List<NoteDto> notes,
                Instant now) {
            return new SupportRequestDto(
                    r.getId(),
                    r.getTitle(),
                    r.getDescription(),
                    r.getSeverity(),
                    r.getStatus(),
                    r.getPreferredContact(),
                    new RefDto(r.getCustomer().getId(), r.getCustomer().getCompanyName()),
                    new RefDto(
                            r.getSubscription().getId(),
                            r.getSubscription().getProduct().getName()),
                    new RefDto(r.getHandler().getId(), r.getHandler().getName()),
                    r.getAssignee(),
                    r.getCreatedBy(),
                    r.getCreatedAt(),
                    r.getChangedAt(),
                    SlaDto.of(r, now),
                    r.getResolution(),
                    LinkDto.of(from),
                    escalations.stream().map(LinkDto::of).toList(),
                    serviceRequests,
                    notes,
                    r.getVersion());
        }
    }

    /** A support request as the customer's admin sees it. */
    public record CustomerRequestDto(
            UUID id,
            String title,
            String description,
            Severity severity,
            SupportRequestStatus status,
            ContactMethod preferredContact,
            RefDto subscription,
            RefDto supportContact,
            Instant createdDateTime,
            Instant lastModifiedDateTime,
            Instant firstResponseDue,
            Instant firstRespondedAt,
            String resolution,
            List<NoteDto> notes) {

        static CustomerRequestDto of(SupportRequest r, boolean withNotes) {
            return new CustomerRequestDto(
                    r.getId(),
                    r.getTitle(),
                    r.getDescription(),
                    r.getSeverity(),
                    r.getStatus(),
                    r.getPreferredContact(),
                    new RefDto(
                            r.getSubscription().getId(),
                            r.getSubscription().getProduct().getName()),
                    new RefDto(r.getHandler().getId(), r.getHandler().getName()),
                    r.getCreatedAt(),
                    r.getChangedAt(),
                    r.getFirstResponseDue(),
                    r.getFirstRespondedAt(),
                    r.getResolution(),
                    withNotes ? NoteDto.of(r.getNotes()) : List.of());
        }
    }

    /** A service request, as the API shows it. */
    public record ServiceRequestDto(
            UUID id,
            String title,
            String description,
            Severity severity,
            ServiceRequestStatus status,
            ServiceRequestType type,
            RefDto supportTopic,
            UUID productId,
            UUID customerId,
            String customerName,
            UUID supportRequestId,
            String createdBy,
            Instant createdDateTime,
            Instant lastModifiedDateTime,
            Instant initialResponseDue,
            List<NoteDto> notes,
            long version) {

        /** One request with its own notes. */
        static ServiceRequestDto of(ServiceRequest r) {
            return of(r, r.getNotes());
        }

        /** A request with its notes read apart (a list reads them for the whole page at once). */
        static ServiceRequestDto of(ServiceRequest r, List<Note> notes) {
            return new ServiceRequestDto(
                    r.getId(),
                    r.getTitle(),
                    r.getDescription(),
                    r.getSeverity(),
                    r.getStatus(),
                    r.getType(),
                    new RefDto(r.getSupportTopic().getId(), r.getSupportTopic().getName()),
                    r.getProduct() == null ? null : r.getProduct().getId(),
                    r.getCustomer().getId(),
                    r.getCustomer().getCompanyName(),
                    r.getSupportRequest() == null ? null : r.getSupportRequest().getId(),
                    r.getCreatedBy(),
                    r.getCreatedAt(),
                    r.getChangedAt(),
                    r.getInitialResponseDue(),
                    NoteDto.of(notes),
                    r.getVersion());
        }
    }

    /** A support topic to choose from. */
    public record SupportTopicDto(UUID id, String code, ServiceRequestType type, String name) {
        static SupportTopicDto of(SupportTopic t) {
            return new SupportTopicDto(t.getId(), t.getCode(), t.getType(), t.getName());
        }
    }

    /** What filing a service request takes. */
    public record NewServiceRequestDto(
            ServiceRequestType type,
            UUID supportTopicId,
            UUID productId,
            String title,
            String description,
            Severity severity) {}
}
