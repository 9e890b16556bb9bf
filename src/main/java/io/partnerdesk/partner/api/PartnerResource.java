package io.partnerdesk.partner.api;

import io.partnerdesk.partner.application.PartnershipService;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerKind;
import io.partnerdesk.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's partner organisation. */
@Path("partners/me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.HELPDESK_AGENT, Role.SALES_AGENT, Role.USER_MANAGEMENT_ADMIN})
public class PartnerResource {

    @Inject
    PartnershipService partnerships;

    /** The caller's partner organisation. */
    public record PartnerDto(UUID id, String name, PartnerKind kind, String mpnId) {
        static PartnerDto of(Partner p) {
            return new PartnerDto(p.getId(), p.getName(), p.getKind(), p.getMpnId());
        }
    }

    @GET
    @Operation(summary = "The caller's partner organisation")
    public PartnerDto me() {
        return PartnerDto.of(partnerships.me());
    }
}
