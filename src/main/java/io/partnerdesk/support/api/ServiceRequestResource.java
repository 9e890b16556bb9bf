package io.partnerdesk.support.api;

import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.Page;
import io.partnerdesk.shared.api.ListResult;
import io.partnerdesk.shared.api.Paging;
import io.partnerdesk.shared.api.Versions;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.support.api.SupportDtos.ServiceRequestDto;
import io.partnerdesk.support.api.SupportDtos.SupportTopicDto;
import io.partnerdesk.support.application.ServiceRequestService;
import io.partnerdesk.support.domain.ServiceRequest;
import io.partnerdesk.support.domain.ServiceRequestStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's service requests to the vendor, and the support topics to file them under. */
@Path("servicerequests")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.GLOBAL_ADMIN, Role.USER_MANAGEMENT_ADMIN, Role.HELPDESK_AGENT, Role.ADMIN_AGENT})
public class ServiceRequestResource {

    @Inject
    ServiceRequestService serviceRequests;

    /** A note ({@code newNote}) and/or a new status. */
    public record PatchDto(String newNote, ServiceRequestStatus status) {}

    @GET
    @Operation(summary = "The service requests the caller's organisation filed, newest first")
    public ListResult<ServiceRequestDto> list(
            @QueryParam("status") ServiceRequestStatus status,
            @QueryParam("offset") Integer offset,
            @QueryParam("size") Integer size) {
        return page(serviceRequests, status, null, offset, size);
    }

    @GET
    @Path("supporttopics")
    @Operation(summary = "The support topics to choose from")
    public ListResult<SupportTopicDto> topics() {
        return ListResult.of(
                serviceRequests.topics().stream().map(SupportTopicDto::of).toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One service request with its notes")
    public Response get(@PathParam("id") UUID id) {
        return one(serviceRequests.get(id));
    }

    @PATCH
    @Path("{id}")
    @Operation(summary = "Adds a note and/or changes the status")
    public Response patch(@PathParam("id") UUID id, @NotNull PatchDto body, @HeaderParam("If-Match") String ifMatch) {
        if ((body.newNote() == null || body.newNote().isBlank()) && body.status() == null) {
            throw new BusinessException(400, "INVALID_REQUEST", "give newNote or status");
        }
        ServiceRequest request = serviceRequests.get(id);
        if (body.status() != null) {
            request = serviceRequests.changeStatus(id, body.status(), Versions.expected(ifMatch));
        }
        if (body.newNote() != null && !body.newNote().isBlank()) {
            request = serviceRequests.addNote(id, body.newNote());
        }
        return one(request);
    }

    static ListResult<ServiceRequestDto> page(
            ServiceRequestService service, ServiceRequestStatus status, UUID customerId, Integer offset, Integer size) {
        Paging paging = Paging.of(offset, size);
        Page<ServiceRequestService.Listed> page =
                service.pageWithNotes(status, customerId, paging.offset(), paging.size());
        return new ListResult<>(
                page.totalCount(),
                page.items().stream()
                        .map(listed -> ServiceRequestDto.of(listed.request(), listed.notes()))
                        .toList());
    }

    static Response one(ServiceRequest request) {
        return Response.ok(ServiceRequestDto.of(request))
                .tag(Versions.etag(request.getVersion()))
                .build();
    }
}
