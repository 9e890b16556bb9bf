package io.partnerdesk.support.application;

import io.partnerdesk.audit.application.AuditLog;
import io.partnerdesk.organisation.application.OrganisationMembers;
import io.partnerdesk.organisation.domain.DirectoryUser;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerKind;
import io.partnerdesk.partner.domain.PartnerRepository;
import io.partnerdesk.partner.domain.PartnershipRepository;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.Page;
import io.partnerdesk.shared.SystemText;
import io.partnerdesk.shared.metrics.PortalMetrics;
import io.partnerdesk.shared.security.CurrentUser;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.support.domain.Note;
import io.partnerdesk.support.domain.QueuePosition;
import io.partnerdesk.support.domain.ServiceRequest;
import io.partnerdesk.support.domain.ServiceRequestRepository;
import io.partnerdesk.support.domain.SlaClock;
import io.partnerdesk.support.domain.SupportRequest;
import io.partnerdesk.support.domain.SupportRequestRepository;
import io.partnerdesk.support.domain.SupportRequestStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The partner's queue: the support requests routed to the caller's organisation, worked by its
 * support staff (assign, notes, status, resolution) and escalated up the chain when they are
 * beyond its baseline support.
 */
@Stateless
@RolesAllowed({Role.GLOBAL_ADMIN, Role.USER_MANAGEMENT_ADMIN, Role.HELPDESK_AGENT, Role.ADMIN_AGENT})
public class SupportQueueService {

    @Inject
    CurrentUser currentUser;

    @Inject
    SupportRequestRepository requests;

    @Inject
    ServiceRequestRepository serviceRequests;

    @Inject
    PartnerRepository partners;

    @Inject
    PartnershipRepository partnerships;

    @Inject
    OrganisationMembers organisationMembers;

    @Inject
    AuditLog auditLog;

    @Inject
    SupportNotifier notifier;

    @Inject
    PortalMetrics metrics;

    /** A colleague who can be assigned a request. */
    public record Colleague(String username, String displayName) {}

    /** A request with what is linked to it: where it came from, where it went. */
    public record Detail(
            SupportRequest request,
            SupportRequest escalatedFrom,
            List<SupportRequest> escalations,
            List<ServiceRequest> serviceRequests) {}

    /**
     * A change to a request; null parts are left as they are. {@code assignee} "" unassigns.
     * {@code resolution} is needed when the new status is RESOLVED.
     */
    public record Change(
            SupportRequestStatus status,
            @Size(max = SupportRequest.MAX_TEXT) String resolution,
            @Size(max = 100) String assignee,
            @Size(max = Note.MAX_LENGTH) String newNote,
            Long expectedVersion) {}

    /** The caller's queue: how many requests match, and one page of them (from {@code after} when given). */
    public Page<SupportRequest> queue(
            SupportRequestRepository.QueueFilter filter, QueuePosition after, int offset, int size) {
        UUID me = currentUser.requirePartnerId();
        Instant now = Instant.now();
        return new Page<>(requests.countQueue(me, filter, now), requests.queue(me, filter, now, after, offset, size));
    }

    /** The caller's open requests at a glance (the dashboard's support card): one statement. */
    public SupportRequestRepository.Workload workload() {
        return requests.workload(currentUser.requirePartnerId(), currentUser.getUsername(), Instant.now());
    }

    /** The caller's requests received and resolved per day (UTC) over the last {@code days} days, today last. */
    public List<SupportRequestRepository.DailyCount> dailyActivity(int days) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return requests.dailyActivity(currentUser.requirePartnerId(), today.minusDays(days - 1L), today);
    }

    /** The most months one SLA report covers. */
    public static final int MAX_REPORT_MONTHS = 24;

    /**
     * The SLA report of the caller's organisation: its requests opened in the months {@code from} to
     * {@code to} (UTC, both included), by month and severity. A span of more than {@link
     * #MAX_REPORT_MONTHS} months, or one that ends before it starts, is a 400.
     */
    public List<SupportRequestRepository.SlaLine> slaReport(YearMonth from, YearMonth to) {
        if (to.isBefore(from) || from.plusMonths(MAX_REPORT_MONTHS - 1L).isBefore(to)) {
            throw new BusinessException(400, "INVALID_REPORT_PERIOD", from, to, MAX_REPORT_MONTHS);
        }
        return requests.slaReport(
                currentUser.requirePartnerId(),
                from.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                Instant.now());
    }

    /** How many requests of the caller's queue match the filter. */
    public long queueCount(SupportRequestRepository.QueueFilter filter) {
        return requests.countQueue(currentUser.requirePartnerId(), filter, Instant.now());
    }

    /** One page of the caller's queue, without counting it again (from {@code after} when given). */
    public List<SupportRequest> queuePage(
            SupportRequestRepository.QueueFilter filter, QueuePosition after, int offset, int size) {
        return requests.queue(currentUser.requirePartnerId(), filter, Instant.now(), after, offset, size);
    }

    /** A request routed to the caller's organisation; 404 for any other. */
    public SupportRequest get(UUID id) {
        UUID me = currentUser.requirePartnerId();
        return requests.find(id)
                .filter(r -> r.isHandledBy(me))
                .orElseThrow(() -> BusinessException.notFound("support_request", id));
    }

    /** A request with its notes and escalations: two statements whatever their number. */
    public Detail detail(UUID id) {
        return shown(loaded(id));
    }

    /** The caller's organisation's request with all its page shows, in one statement; 404 for any other. */
    private SupportRequestRepository.Detail loaded(UUID id) {
        UUID me = currentUser.requirePartnerId();
        return requests.findDetail(id)
                .filter(d -> d.request().isHandledBy(me))
                .orElseThrow(() -> BusinessException.notFound("support_request", id));
    }

    private Detail shown(SupportRequestRepository.Detail loaded) {
        SupportRequest request = loaded.request();
        return new Detail(
                request,
                request.getEscalatedFrom(),
                loaded.escalations(),
                serviceRequests.ofSupportRequest(request.getId()));
    }

    /** The caller's colleagues who work support, whether or not they have signed in yet. */
    public List<Colleague> colleagues() {
        return supportStaffOf(currentUser.requirePartnerId()).stream()
                .map(u -> new Colleague(u.getUsername(), u.getDisplayName()))
                .toList();
    }

    private List<DirectoryUser> supportStaffOf(UUID partnerId) {
        return organisationMembers.ofPartner(partnerId).stream()
                .filter(u -> u.holdsAnyOf(Role.SUPPORT_ROLES))
                .toList();
    }

    /** Applies a change (assignment, note, status) as one step, audited and announced. */
    public SupportRequest change(UUID id, Change change) {
        return apply(loaded(id).request(), change, SystemText.typed(change.newNote()));
    }

    /**
     * Applies a change as {@link #change} does and answers the request as {@link #detail} shows it,
     * from what the change read (the request is not read again).
     */
    public Detail changeAndShow(UUID id, Change change) {
        SupportRequestRepository.Detail loaded = loaded(id);
        apply(loaded.request(), change, SystemText.typed(change.newNote()));
        return shown(loaded);
    }

    /**
     * Records on the request that it went on to the vendor as the service request: a note of the
     * system, and the status an escalation gives.
     */
    public SupportRequest escalatedToVendor(UUID id, UUID serviceRequestId) {
        SupportRequest request = get(id);
        return apply(
                request,
                new Change(request.getStatus().whenEscalated(), null, null, null, null),
                SystemText.of("note.escalatedToVendor", serviceRequestId));
    }

    private SupportRequest apply(SupportRequest request, Change change, String note) {
        if (change.expectedVersion() != null && change.expectedVersion() != request.getVersion()) {
            throw BusinessException.stale("supportRequest");
        }
        Instant now = Instant.now();
        if (change.assignee() != null) {
            assign(
                    request,
                    change.assignee().isBlank() ? null : change.assignee().trim(),
                    now);
        }
        if (note != null && !note.isBlank()) {
            addNote(request, note, now);
        }
        if (change.status() != null && change.status() != request.getStatus()) {
            SupportRequestStatus from = request.changeStatus(change.status(), change.resolution(), now);
            if (change.status() == SupportRequestStatus.RESOLVED) {
                metrics.count(PortalMetrics.Counter.SUPPORT_REQUESTS_RESOLVED);
            }
            String resolution = change.status() == SupportRequestStatus.RESOLVED
                    ? abbreviate(SystemText.typed(request.getResolution()))
                    : "";
            audit(
                    request,
                    "SUPPORT_REQUEST_STATUS_CHANGED",
                    SystemText.of("support.status." + from.name()),
                    resolution.isEmpty()
                            ? SystemText.of("support.status." + change.status().name())
                            : SystemText.of(
                                    "audit.value.statusWithText",
                                    SystemText.word(
                                            "support.status." + change.status().name()),
                                    resolution));
            notifier.toCustomer(
                    request, "notice.request.status." + change.status().name(), request.getTitle());
            if (request.getAssignee() != null && !request.getAssignee().equals(currentUser.getUsername())) {
                notifier.toStaff(
                        request.getAssignee(),
                        request,
                        "notice.request.statusChanged",
                        request.getTitle(),
                        SystemText.word("support.status." + change.status().name()));
            }
        }
        if (now.equals(request.getChangedAt())) {
            notifier.updated(request);
        }
        return request;
    }

    public SupportRequest assignToMe(UUID id) {
        return change(id, new Change(null, null, currentUser.getUsername(), null, null));
    }

    private void assign(SupportRequest request, String username, Instant now) {
        if (username != null) {
            boolean colleague = supportStaffOf(request.getHandler().getId()).stream()
                    .anyMatch(u -> u.getUsername().equals(username));
            if (!colleague) {
                throw BusinessException.ruleBroken(
                        "ASSIGNEE_NOT_A_COLLEAGUE",
                        username,
                        request.getHandler().getName());
            }
        }
        String from = request.getAssignee();
        if (java.util.Objects.equals(from, username)) {
            return;
        }
        request.assign(username, now);
        audit(request, "SUPPORT_REQUEST_ASSIGNED", from, username);
        if (username != null && !username.equals(currentUser.getUsername())) {
            notifier.toStaff(
                    username, request, "notice.request.assigned", request.getTitle(), currentUser.getDisplayName());
        }
    }

    private void addNote(SupportRequest request, String text, Instant now) {
        request.addNote(
                new Note(
                        currentUser.getUsername(),
                        currentUser.getDisplayName(),
                        request.getHandler().getName(),
                        now,
                        text),
                true);
        // A note of the portal's own (a key with its arguments) is kept as it is, for each reader's language.
        audit(request, "SUPPORT_REQUEST_NOTE_ADDED", null, SystemText.isKey(text) ? text : abbreviate(text));
        notifier.toCustomer(
                request,
                "notice.request.partnerNote",
                request.getTitle(),
                request.getHandler().getName());
        if (request.getAssignee() != null && !request.getAssignee().equals(currentUser.getUsername())) {
            notifier.toStaff(
                    request.getAssignee(),
                    request,
                    "notice.request.colleagueNote",
                    request.getTitle(),
                    currentUser.getDisplayName());
        }
    }

    /**
     * A reseller hands the request to the subscription's provider: a linked copy lands in the
     * provider's queue, with the provider's own SLA clock; the original stays with the reseller.
     */
    public SupportRequest escalateToProvider(UUID id, @Size(max = Note.MAX_LENGTH) String note) {
        SupportRequest request = get(id);
        Partner handler = request.getHandler();
        Partner provider = request.getSubscription().getProvider();
        if (handler.getKind() != PartnerKind.INDIRECT_RESELLER
                || provider.getId().equals(handler.getId())) {
            throw BusinessException.ruleBroken("ONLY_RESELLERS_ESCALATE_TO_PROVIDER", handler.getName());
        }
        if (!request.getStatus().isOpen()) {
            throw BusinessException.conflict("REQUEST_NOT_OPEN", List.of(), request.getTitle());
        }
        if (requests.escalationsOf(id).stream().anyMatch(e -> e.getStatus().isOpen())) {
            throw BusinessException.conflict("ALREADY_ESCALATED", List.of(), provider.getName());
        }
        Instant now = Instant.now();
        Instant due =
                SlaClock.firstResponseDue(request.getSeverity(), now, partnerships.findOffering(provider.getId()));
        SupportRequest copy = request.escalateTo(provider, currentUser.getUsername(), now, due);
        requests.add(copy);
        String text = note == null || note.isBlank() ? "" : SystemText.typed(note);
        copy.addNote(
                new Note(
                        currentUser.getUsername(),
                        currentUser.getDisplayName(),
                        handler.getName(),
                        now,
                        text.isEmpty() ? SystemText.of("note.escalatedBy", handler.getName()) : text),
                false);
        request.addNote(
                new Note(
                        currentUser.getUsername(),
                        currentUser.getDisplayName(),
                        handler.getName(),
                        now,
                        text.isEmpty()
                                ? SystemText.of("note.escalatedTo", provider.getName())
                                : SystemText.of("note.escalatedToWithNote", provider.getName(), text)),
                true);
        request.changeStatus(request.getStatus().whenEscalated(), null, now);
        metrics.count(PortalMetrics.Counter.SUPPORT_REQUESTS_ESCALATED, "level", "provider");
        auditLog.record(new AuditLog.Entry(
                "SUPPORT_REQUEST_ESCALATED",
                "SupportRequest",
                request.getId(),
                handler.getId(),
                provider.getId(),
                request.getCustomer().getId(),
                null,
                provider.getName() + " (" + copy.getId() + ")"));
        notifier.toHandler(
                copy,
                "notice.request.escalated",
                copy.getTitle(),
                handler.getName(),
                request.getCustomer().getCompanyName());
        notifier.updated(request);
        notifier.created(copy);
        return copy;
    }

    private void audit(SupportRequest request, String action, String old, String now) {
        auditLog.record(SupportAudit.of(request, action, old, now));
    }

    private static String abbreviate(String text) {
        return CustomerRequestService.abbreviate(text == null ? "" : text);
    }
}
