package io.partnerdesk.support.api;

import io.partnerdesk.partner.domain.ContactMethod;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.Page;
import io.partnerdesk.shared.api.ListResult;
import io.partnerdesk.shared.api.Paging;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.support.api.SupportDtos.CustomerRequestDto;
import io.partnerdesk.support.application.AttachmentService.Side;
import io.partnerdesk.support.application.CustomerRequestService;
import io.partnerdesk.support.domain.Severity;
import io.partnerdesk.support.domain.SupportRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The customer's support requests: open one about a subscription, follow it, add notes. */
@Path("customer/supportrequests")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.CUSTOMER_ADMIN)
public class CustomerSupportRequestResource {

    @Inject
    AttachmentEndpoints attachments;

    @Inject
    CustomerRequestService requests;

    /** What opening a request takes. */
    public record NewRequestDto(
            UUID subscriptionId, String title, String description, Severity severity, ContactMethod preferredContact) {}

    /** A note from the customer. */
    public record NoteDto(String newNote) {}

    @GET
    @Operation(summary = "The customer's support requests, newest first")
    public ListResult<CustomerRequestDto> list(@QueryParam("offset") Integer offset, @QueryParam("size") Integer size) {
        Paging paging = Paging.of(offset, size);
        Page<SupportRequest> page = requests.mine(paging.offset(), paging.size());
        return new ListResult<>(
                page.totalCount(),
                page.items().stream().map(r -> CustomerRequestDto.of(r, false)).toList());
    }

    @POST
    @Operation(
            summary = "Opens a request about one of the customer's subscriptions; it goes to that subscription's"
                    + " designated support contact")
    public Response open(@NotNull NewRequestDto body) {
        SupportRequest request = requests.open(new CustomerRequestService.NewRequest(
                body.subscriptionId(), body.title(), body.description(), body.severity(), body.preferredContact()));
        return Response.status(201).entity(CustomerRequestDto.of(request, true)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the customer's requests, with its status and notes")
    public CustomerRequestDto get(@PathParam("id") UUID id) {
        return CustomerRequestDto.of(requests.get(id), true);
    }

    @PATCH
    @Path("{id}")
    @Operation(summary = "Adds the customer's note")
    public CustomerRequestDto note(@PathParam("id") UUID id, @NotNull NoteDto body) {
        if (body.newNote() == null || body.newNote().isBlank()) {
            throw new BusinessException(400, "INVALID_REQUEST", "give newNote");
        }
        return CustomerRequestDto.of(requests.addNote(id, body.newNote()), true);
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "Attaches a file (part file; part noteId, a note's number, to attach it to that note). Programs"
                    + " and scripts are refused (415), as is a file over the size limit (413)")
    public Response attach(@PathParam("id") UUID id, List<EntityPart> parts) throws IOException {
        return attachments.upload(Side.CUSTOMER, id, parts);
    }

    @GET
    @Path("{id}/attachments")
    @Operation(summary = "The request's files, oldest first")
    public AttachmentEndpoints.AttachmentList attachments(@PathParam("id") UUID id) {
        return attachments.list(Side.CUSTOMER, id);
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A file's bytes exactly as uploaded, as a download")
    public Response attachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        return attachments.download(Side.CUSTOMER, id, attachmentId);
    }
}
