package io.partnerdesk.servicehealth.api;

import io.partnerdesk.servicehealth.api.ServiceHealthDtos.IncidentDto;
import io.partnerdesk.servicehealth.application.ServiceHealthService;
import io.partnerdesk.servicehealth.domain.ServiceHealthRepository.IncidentFilter;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.Page;
import io.partnerdesk.shared.api.ListResult;
import io.partnerdesk.shared.api.Paging;
import io.partnerdesk.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The vendor's incidents and advisories, with the caller's customers they touch. */
@Path("serviceincidents")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.GLOBAL_ADMIN, Role.USER_MANAGEMENT_ADMIN, Role.HELPDESK_AGENT, Role.ADMIN_AGENT})
public class ServiceIncidentResource {

    @Inject
    ServiceHealthService serviceHealth;

    @GET
    @Operation(summary = "Incidents, newest first, by status (active or resolved), customer and service; paged")
    public ListResult<IncidentDto> list(
            @QueryParam("status") String status,
            @QueryParam("customerId") UUID customerId,
            @QueryParam("serviceId") UUID serviceId,
            @QueryParam("offset") Integer offset,
            @QueryParam("size") Integer size) {
        Paging paging = Paging.of(offset, size);
        Page<ServiceHealthService.IncidentSummary> page = serviceHealth.incidents(
                new IncidentFilter(resolved(status), serviceId, customerId), paging.offset(), paging.size());
        return new ListResult<>(
                page.totalCount(), page.items().stream().map(IncidentDto::of).toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One incident with its timeline and the caller's impacted customers")
    public IncidentDto get(@PathParam("id") String id) {
        return IncidentDto.of(serviceHealth.incident(id));
    }

    private static Boolean resolved(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return switch (status) {
            case "active" -> false;
            case "resolved" -> true;
            default -> throw new BusinessException(400, "INVALID_REQUEST", "status must be active or resolved");
        };
    }
}
