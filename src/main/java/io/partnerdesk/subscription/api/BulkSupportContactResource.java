package io.partnerdesk.subscription.api;

import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.api.ListResult;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.subscription.application.SupportContactService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Making one partner the designated support contact of many subscriptions at once. */
@Path("supportcontacts/bulk")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BulkSupportContactResource {

    @Inject
    SupportContactService supportContacts;

    /** Many subscriptions, one new contact; {@code dryRun} only tells what would happen. */
    public record BulkDto(List<UUID> subscriptionIds, UUID partnerId, boolean dryRun) {}

    /** What happened (or would) to one subscription. */
    public record BulkLineDto(
            UUID subscriptionId,
            String customerName,
            String offerName,
            SupportContactService.Outcome outcome,
            String reason) {}

    @POST
    @RolesAllowed({
        Role.GLOBAL_ADMIN,
        Role.ADMIN_AGENT,
        Role.HELPDESK_AGENT,
        Role.SALES_AGENT,
        Role.USER_MANAGEMENT_ADMIN
    })
    @Operation(
            summary =
                    "Makes one partner the support contact of many subscriptions (or, dryRun, says what would change)")
    public ListResult<BulkLineDto> bulk(@NotNull BulkDto body) {
        if (body.partnerId() == null
                || body.subscriptionIds() == null
                || body.subscriptionIds().isEmpty()
                || body.subscriptionIds().size() > SupportContactService.MAX_BULK
                || body.subscriptionIds().contains(null)) {
            throw new BusinessException(
                    400,
                    "INVALID_REQUEST",
                    "give partnerId and 1 to " + SupportContactService.MAX_BULK + " subscriptionIds");
        }
        return ListResult.of(supportContacts.bulk(body.subscriptionIds(), body.partnerId(), body.dryRun()).stream()
                .map(l -> new BulkLineDto(l.subscriptionId(), l.customerName(), l.offerName(), l.outcome(), l.reason()))
                .toList());
    }
}
