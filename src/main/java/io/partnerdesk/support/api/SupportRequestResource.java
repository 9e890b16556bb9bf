package io.partnerdesk.support.api;

import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.Page;
import io.partnerdesk.shared.api.ListResult;
import io.partnerdesk.shared.api.Paging;
import io.partnerdesk.shared.api.Versions;
import io.partnerdesk.shared.security.CurrentUser;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.support.api.SupportDtos.NewServiceRequestDto;
import io.partnerdesk.support.api.SupportDtos.ServiceRequestDto;
import io.partnerdesk.support.api.SupportDtos.SupportRequestDto;
import io.partnerdesk.support.application.AttachmentService.Side;
import io.partnerdesk.support.application.ServiceRequestService;
import io.partnerdesk.support.application.SupportQueueService;
import io.partnerdesk.support.domain.QueuePosition;
import io.partnerdesk.support.domain.Severity;
import io.partnerdesk.support.domain.SupportRequest;
import io.partnerdesk.support.domain.SupportRequestRepository.QueueFilter;
import io.partnerdesk.support.domain.SupportRequestStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The partner's queue: support requests routed to the caller's organisation. */
@Path("supportrequests")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.GLOBAL_ADMIN, Role.USER_MANAGEMENT_ADMIN, Role.HELPDESK_AGENT, Role.ADMIN_AGENT})
public class SupportRequestResource {

    @Inject
    AttachmentEndpoints attachments;

    @Inject
    SupportQueueService queue;

    @Inject
    ServiceRequestService serviceRequests;

    @Inject
    CurrentUser currentUser;

    /** A change: any of status (with resolution when RESOLVED), assignee ("" unassigns), newNote. */
    public record PatchDto(SupportRequestStatus status, String resolution, String assignee, String newNote) {}

    /**
     * An escalation: {@code level} PROVIDER (a reseller to its provider; {@code note} optional) or
     * VENDOR (a service request: type, supportTopicId, title, description, severity, productId).
     */
    public record EscalationDto(String level, String note, NewServiceRequestDto serviceRequest) {}

    @GET
    @Operation(
            summary = "The requests routed to the caller's organisation, the soonest first-response due first;"
                    + " pass the answer's next as after for the following page. With q: the requests whose title,"
                    + " description or notes hold every word, the best match first (up to 500, paged by offset)")
    public ListResult<SupportRequestDto> list(
            @QueryParam("status") SupportRequestStatus status,
            @QueryParam("severity") Severity severity,
            @QueryParam("customerId") UUID customerId,
            @QueryParam("assignee") String assignee,
            @QueryParam("breaching") boolean breaching,
            @QueryParam("open") boolean open,
            @QueryParam("q") String words,
            @QueryParam("after") String after,
            @QueryParam("offset") Integer offset,
            @QueryParam("size") Integer size) {
        Paging paging = Paging.of(offset, size);
        if (after != null && offset != null) {
            throw new BusinessException(400, "INVALID_PAGING", "give either after or offset");
        }
        boolean searching = words != null && !words.isBlank();
        if (searching && words.length() > QueueFilter.MAX_WORDS_LENGTH) {
            throw new BusinessException(400, "INVALID_QUERY_PARAMETER", "q");
        }
        if (searching && after != null) {
            throw new BusinessException(400, "INVALID_PAGING", "a search is paged with offset, best matches first");
        }
        String who = "me".equals(assignee)
                ? currentUser.getUsername()
                : "none".equals(assignee) ? QueueFilter.UNASSIGNED : assignee;
        Page<SupportRequest> page = queue.queue(
                new QueueFilter(status, severity, customerId, who, breaching, open, false, words),
                after == null ? null : QueuePosition.ofCursor(after),
                paging.offset(),
                paging.size());
        Instant now = Instant.now();
        List<SupportRequest> items = page.items();
        String next = searching || items.size() < paging.size()
                ? null
                : QueuePosition.after(items.get(items.size() - 1)).cursor();
        return new ListResult<>(
                page.totalCount(),
                items.stream().map(r -> SupportRequestDto.summary(r, now)).toList(),
                next);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One request, with its notes, SLA clock and what it was escalated to")
    public Response get(@PathParam("id") UUID id) {
        return detail(id);
    }

    @PATCH
    @Path("{id}")
    @Operation(summary = "Assigns, adds a note, changes the status (RESOLVED needs a resolution)")
    public Response patch(@PathParam("id") UUID id, @NotNull PatchDto body, @HeaderParam("If-Match") String ifMatch) {
        return shown(queue.changeAndShow(
                id,
                new SupportQueueService.Change(
                        body.status(),
                        body.resolution(),
                        body.assignee(),
                        body.newNote(),
                        Versions.expected(ifMatch))));
    }

    @POST
    @Path("{id}/escalations")
    @Operation(summary = "Escalates to the next level: a reseller to its provider, a provider to the vendor")
    public Response escalate(@PathParam("id") UUID id, @NotNull EscalationDto body) {
        if ("PROVIDER".equalsIgnoreCase(body.level())) {
            SupportRequest copy = queue.escalateToProvider(id, body.note());
            return Response.status(201)
                    .entity(Map.of(
                            "level",
                            "PROVIDER",
                            "supportRequestId",
                            copy.getId().toString(),
                            "handler",
                            copy.getHandler().getName()))
                    .build();
        }
        if ("VENDOR".equalsIgnoreCase(body.level()) && body.serviceRequest() != null) {
            NewServiceRequestDto s = body.serviceRequest();
            return Response.status(201)
                    .entity(ServiceRequestDto.of(serviceRequests.escalateToVendor(
                            id,
                            new ServiceRequestService.NewServiceRequest(
                                    s.type(),
                                    s.supportTopicId(),
                                    s.productId(),
                                    s.title(),
                                    s.description(),
                                    s.severity()))))
                    .build();
        }
        throw new BusinessException(400, "INVALID_REQUEST", "level must be PROVIDER, or VENDOR with a serviceRequest");
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "Attaches a file (part file; part noteId, a note's number, to attach it to that note). Programs"
                    + " and scripts are refused (415), as is a file over the size limit (413)")
    public Response attach(@PathParam("id") UUID id, List<EntityPart> parts) throws IOException {
        return attachments.upload(Side.STAFF, id, parts);
    }

    @GET
    @Path("{id}/attachments")
    @Operation(summary = "The request's files, oldest first")
    public AttachmentEndpoints.AttachmentList attachments(@PathParam("id") UUID id) {
        return attachments.list(Side.STAFF, id);
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A file's bytes exactly as uploaded, as a download")
    public Response attachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        return attachments.download(Side.STAFF, id, attachmentId);
    }

    private Response detail(UUID id) {
        return shown(queue.detail(id));
    }

    private static Response shown(SupportQueueService.Detail detail) {
        return Response.ok(SupportRequestDto.of(detail, Instant.now()))
                .tag(Versions.etag(detail.request().getVersion()))
                .build();
    }
}
