package io.partnerdesk.customer.api;

import io.partnerdesk.customer.application.RelationshipService;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.api.ListResult;
import io.partnerdesk.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The customer's side: its partners and the delegated admin rights it gives them. */
@Path("customer/partners")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.CUSTOMER_ADMIN)
public class CustomerSideResource {

    @Inject
    RelationshipService relationships;

    /** Takes delegated admin away ({@code false}). */
    public record PartnerPatchDto(Boolean allowDelegatedAccess) {}

    @GET
    @Operation(summary = "The customer's partners, with the delegated admin rights each holds")
    public ListResult<CustomerResource.PartnerRelationshipDto> partners() {
        return ListResult.of(relationships.myPartners().stream()
                .map(CustomerResource.PartnerRelationshipDto::of)
                .toList());
    }

    @PATCH
    @Path("{partnerId}")
    @Operation(summary = "The customer takes a partner's delegated admin privileges away")
    public ListResult<CustomerResource.PartnerRelationshipDto> patch(
            @PathParam("partnerId") UUID partnerId, @NotNull PartnerPatchDto body) {
        if (body.allowDelegatedAccess() == null || body.allowDelegatedAccess()) {
            throw new BusinessException(400, "INVALID_REQUEST", "only allowDelegatedAccess false can be set here");
        }
        relationships.revokeDelegatedAdmin(partnerId);
        return partners();
    }
}
