package io.partnerdesk.support.api;

import io.partnerdesk.shared.api.ListResult;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.support.api.SupportDtos.NewServiceRequestDto;
import io.partnerdesk.support.api.SupportDtos.ServiceRequestDto;
import io.partnerdesk.support.application.ServiceRequestService;
import io.partnerdesk.support.domain.ServiceRequest;
import io.partnerdesk.support.domain.ServiceRequestStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Service requests filed on behalf of one customer. */
@Path("customers/{customerId}/servicerequests")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.GLOBAL_ADMIN, Role.USER_MANAGEMENT_ADMIN, Role.HELPDESK_AGENT, Role.ADMIN_AGENT})
public class CustomerServiceRequestResource {

    @Inject
    ServiceRequestService serviceRequests;

    @GET
    @Operation(summary = "The service requests the caller's organisation filed for this customer")
    public ListResult<ServiceRequestDto> list(
            @PathParam("customerId") UUID customerId,
            @QueryParam("status") ServiceRequestStatus status,
            @QueryParam("offset") Integer offset,
            @QueryParam("size") Integer size) {
        return ServiceRequestResource.page(serviceRequests, status, customerId, offset, size);
    }

    @POST
    @Operation(
            summary = "Files a service request to the vendor on the customer's behalf (needs delegated admin;"
                    + " a TECHNICAL one needs a support plan)")
    public Response file(@PathParam("customerId") UUID customerId, @NotNull NewServiceRequestDto body) {
        ServiceRequest filed = serviceRequests.file(
                customerId,
                new ServiceRequestService.NewServiceRequest(
                        body.type(),
                        body.supportTopicId(),
                        body.productId(),
                        body.title(),
                        body.description(),
                        body.severity()));
        return Response.status(201).entity(ServiceRequestDto.of(filed)).build();
    }
}
