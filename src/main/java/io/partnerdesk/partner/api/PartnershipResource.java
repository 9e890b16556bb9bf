package io.partnerdesk.partner.api;

import io.partnerdesk.partner.application.PartnershipService;
import io.partnerdesk.partner.domain.PartnershipState;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.api.ListResult;
import io.partnerdesk.shared.config.PublicUrl;
import io.partnerdesk.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's reseller partnerships: listing, inviting, accepting and ending them. */
@Path("relationships")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.HELPDESK_AGENT, Role.SALES_AGENT, Role.USER_MANAGEMENT_ADMIN})
public class PartnershipResource {

    @Inject
    PartnershipService partnerships;

    @Inject
    PublicUrl publicUrl;

    /** A partnership from the caller's side. */
    public record PartnershipDto(PartnerRefDto partner, PartnershipState state, Instant since) {
        static PartnershipDto of(PartnershipService.PartnershipView view) {
            return new PartnershipDto(PartnerRefDto.of(view.partner()), view.state(), view.since());
        }
    }

    private static final Jsonb JSON = JsonbBuilder.create();

    /** A new invitation link. */
    public record InvitationDto(String url, String token, Instant expiresAt) {}

    /**
     * Optional: the reseller to register and invite ({@code name}, {@code mpnId}, {@code directoryGroup}).
     * Without it, the link is open to any reseller already in PartnerDesk.
     */
    public record InvitationRequestDto(PartnershipService.NewReseller reseller) {}

    /** What ending a partnership did. */
    public record EndedDto(PartnershipState state, int revertedSubscriptions) {}

    @GET
    @Operation(summary = "The caller's resellers (indirect_reseller) or providers (indirect_provider)")
    public ListResult<PartnershipDto> relationships(@QueryParam("relationship_type") String type) {
        if ("indirect_reseller".equals(type)) {
            return ListResult.of(
                    partnerships.resellers().stream().map(PartnershipDto::of).toList());
        }
        if ("indirect_provider".equals(type)) {
            return ListResult.of(
                    partnerships.providers().stream().map(PartnershipDto::of).toList());
        }
        throw new BusinessException(
                400, "INVALID_REQUEST", "relationship_type must be indirect_reseller or indirect_provider");
    }

    @POST
    @Path("invitations")
    @RolesAllowed({Role.GLOBAL_ADMIN, Role.SALES_AGENT})
    @Operation(summary = "A link that invites a reseller into a partnership with the caller (a provider)")
    public Response invite(String body) {
        // The body is optional: an empty one asks for a link open to any reseller already here.
        InvitationRequestDto request =
                body == null || body.isBlank() ? null : JSON.fromJson(body, InvitationRequestDto.class);
        PartnershipService.Invitation invitation =
                partnerships.invite(request == null || request.reseller() == null ? null : request.reseller());
        String url = publicUrl.link("partners/accept.xhtml?token=" + invitation.token());
        return Response.status(201)
                .entity(new InvitationDto(url, invitation.token(), invitation.expiresAt()))
                .build();
    }

    @POST
    @Path("invitations/{token}/accept")
    @RolesAllowed({Role.GLOBAL_ADMIN, Role.SALES_AGENT})
    @Operation(summary = "The reseller accepts a provider's invitation; the partnership becomes active")
    public PartnershipDto accept(@PathParam("token") String token) {
        return PartnershipDto.of(partnerships.accept(token));
    }

    @DELETE
    @Path("{partnerId}")
    @RolesAllowed(Role.GLOBAL_ADMIN)
    @Operation(summary = "Ends the partnership; the reseller's support contacts go back to the provider")
    public EndedDto end(@PathParam("partnerId") UUID partnerId) {
        return new EndedDto(PartnershipState.ENDED, partnerships.end(partnerId));
    }
}
