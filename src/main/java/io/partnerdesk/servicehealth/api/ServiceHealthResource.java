package io.partnerdesk.servicehealth.api;

import io.partnerdesk.servicehealth.api.ServiceHealthDtos.ImportResultDto;
import io.partnerdesk.servicehealth.api.ServiceHealthDtos.ServiceHealthDto;
import io.partnerdesk.servicehealth.application.FeedImport;
import io.partnerdesk.servicehealth.application.ServiceHealthService;
import io.partnerdesk.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Every online service's health, and the import of the vendor's feed. */
@Path("servicehealth")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.GLOBAL_ADMIN, Role.USER_MANAGEMENT_ADMIN, Role.HELPDESK_AGENT, Role.ADMIN_AGENT})
public class ServiceHealthResource {

    @Inject
    ServiceHealthService serviceHealth;

    @Inject
    FeedImport feedImport;

    @GET
    @Operation(summary = "Every service's current health, with how many of the caller's customers use it")
    public List<ServiceHealthDto> overview() {
        return serviceHealth.overview().stream().map(ServiceHealthDto::of).toList();
    }

    @POST
    @Path("feed")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.GLOBAL_ADMIN)
    @Operation(
            summary = "Imports a feed document in Microsoft Graph serviceAnnouncement form (healthOverviews, issues);"
                    + " idempotent; a malformed document is refused whole with 400 MALFORMED_FEED")
    public ImportResultDto importFeed(String document) {
        return ImportResultDto.of(feedImport.importDocument(document, "api"));
    }
}
