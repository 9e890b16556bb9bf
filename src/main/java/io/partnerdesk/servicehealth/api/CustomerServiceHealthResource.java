package io.partnerdesk.servicehealth.api;

import io.partnerdesk.servicehealth.api.ServiceHealthDtos.AdminPortalDto;
import io.partnerdesk.servicehealth.api.ServiceHealthDtos.CustomerServiceHealthDto;
import io.partnerdesk.servicehealth.api.ServiceHealthDtos.ManagedServiceDto;
import io.partnerdesk.servicehealth.application.ServiceHealthService;
import io.partnerdesk.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A customer's services: their health, and administering them under delegated admin privileges. */
// The same root path as CustomerResource: Jersey merges root resources that share a path.
@Path("customers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.GLOBAL_ADMIN, Role.USER_MANAGEMENT_ADMIN, Role.HELPDESK_AGENT, Role.ADMIN_AGENT})
public class CustomerServiceHealthResource {

    @Inject
    ServiceHealthService serviceHealth;

    @GET
    @Path("{customerId}/servicehealth")
    @Operation(summary = "The health of the services this customer's active subscriptions include")
    public List<CustomerServiceHealthDto> health(@PathParam("customerId") UUID customerId) {
        return serviceHealth.servicesOf(customerId).services().stream()
                .map(CustomerServiceHealthDto::of)
                .toList();
    }

    @GET
    @Path("{customerId}/managedservices")
    @Operation(summary = "The customer's services with their admin portal links (none without delegated admin)")
    public List<ManagedServiceDto> managedServices(@PathParam("customerId") UUID customerId) {
        ServiceHealthService.CustomerServices services = serviceHealth.servicesOf(customerId);
        return services.services().stream()
                .map(m -> ManagedServiceDto.of(m, services.customer().getCompanyName()))
                .toList();
    }

    @POST
    @Path("{customerId}/managedservices/{serviceId}/administer")
    @Operation(summary = "Records that the caller opens the service's admin portal for the customer; returns its link")
    public AdminPortalDto administer(@PathParam("customerId") UUID customerId, @PathParam("serviceId") UUID serviceId) {
        return new AdminPortalDto(serviceHealth.openAdminPortal(customerId, serviceId));
    }
}
