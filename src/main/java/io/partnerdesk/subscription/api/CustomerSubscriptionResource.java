package io.partnerdesk.subscription.api;

import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.Page;
import io.partnerdesk.shared.api.ListResult;
import io.partnerdesk.shared.api.Paging;
import io.partnerdesk.shared.api.Versions;
import io.partnerdesk.shared.config.PublicUrl;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.subscription.application.SubscriptionService;
import io.partnerdesk.subscription.application.SupportContactService;
import io.partnerdesk.subscription.domain.Eligibility;
import io.partnerdesk.subscription.domain.Subscription;
import io.partnerdesk.subscription.domain.SubscriptionStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A customer's subscriptions and each subscription's designated technical support contact. */
@Path("customers/{customerId}/subscriptions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.HELPDESK_AGENT, Role.SALES_AGENT, Role.USER_MANAGEMENT_ADMIN})
public class CustomerSubscriptionResource {

    @Inject
    SubscriptionService subscriptions;

    @Inject
    SupportContactService supportContacts;

    @Inject
    PublicUrl publicUrl;

    /** What adding a subscription takes (the service checks the values). */
    public record NewSubscriptionDto(UUID productId, int quantity, UUID resellerId) {}

    /** A change of a subscription's status and/or quantity. */
    public record SubscriptionPatchDto(SubscriptionStatus status, Integer quantity) {}

    /** A subscription's designated support contact. */
    public record SupportContactDto(UUID partnerId, String name, String mpnId) {}

    /** Names the new contact. */
    public record SupportContactChangeDto(UUID partnerId) {}

    /** A possible contact and whether it is eligible (with the failed condition if not). */
    public record CandidateDto(UUID partnerId, String name, String mpnId, boolean eligible, Eligibility condition) {}

    @GET
    public ListResult<SubscriptionDto> subscriptions(
            @PathParam("customerId") UUID customerId,
            @QueryParam("offset") Integer offset,
            @QueryParam("size") Integer size) {
        Paging paging = Paging.of(offset, size);
        Page<Subscription> page = subscriptions.pageOfCustomer(customerId, paging.offset(), paging.size());
        return new ListResult<>(
                page.totalCount(),
                page.items().stream().map(SubscriptionDto::of).toList());
    }

    @POST
    @RolesAllowed({Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.SALES_AGENT})
    @Operation(summary = "The provider adds a subscription; its support contact is the provider")
    public Response addSubscription(@PathParam("customerId") UUID customerId, @NotNull NewSubscriptionDto body) {
        Subscription created = subscriptions.add(
                customerId,
                new SubscriptionService.NewSubscription(body.productId(), body.quantity(), body.resellerId()));
        return Response.created(publicUrl.uri("api/v1/customers/" + customerId + "/subscriptions/" + created.getId()))
                .entity(SubscriptionDto.of(created))
                .tag(Versions.etag(created.getVersion()))
                .build();
    }

    @GET
    @Path("{subscriptionId}")
    public Response subscription(
            @PathParam("customerId") UUID customerId, @PathParam("subscriptionId") UUID subscriptionId) {
        Subscription subscription = subscriptions.get(customerId, subscriptionId);
        return Response.ok(SubscriptionDto.of(subscription))
                .tag(Versions.etag(subscription.getVersion()))
                .build();
    }

    @PATCH
    @Path("{subscriptionId}")
    @RolesAllowed({Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.SALES_AGENT})
    @Operation(summary = "The provider suspends, reactivates or changes the quantity")
    public Response changeSubscription(
            @PathParam("customerId") UUID customerId,
            @PathParam("subscriptionId") UUID subscriptionId,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull SubscriptionPatchDto body) {
        Subscription changed = subscriptions.change(
                customerId,
                subscriptionId,
                new SubscriptionService.Change(body.status(), body.quantity(), Versions.expected(ifMatch)));
        return Response.ok(SubscriptionDto.of(changed))
                .tag(Versions.etag(changed.getVersion()))
                .build();
    }

    @GET
    @Path("{subscriptionId}/supportcontact")
    public Response supportContact(
            @PathParam("customerId") UUID customerId, @PathParam("subscriptionId") UUID subscriptionId) {
        Subscription subscription = supportContacts.get(customerId, subscriptionId);
        return Response.ok(contactOf(subscription))
                .tag(Versions.etag(subscription.getVersion()))
                .build();
    }

    @PUT
    @Path("{subscriptionId}/supportcontact")
    @Operation(summary = "The provider's staff make an eligible partner the designated support contact")
    public Response assignSupportContact(
            @PathParam("customerId") UUID customerId,
            @PathParam("subscriptionId") UUID subscriptionId,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull SupportContactChangeDto body) {
        if (body.partnerId() == null) {
            throw new BusinessException(400, "INVALID_REQUEST", "partnerId is required");
        }
        SupportContactService.Assignment assignment =
                supportContacts.assign(customerId, subscriptionId, body.partnerId(), Versions.expected(ifMatch));
        return Response.ok(new SupportContactDto(
                        assignment.to().getId(),
                        assignment.to().getName(),
                        assignment.to().getMpnId()))
                .tag(Versions.etag(assignment.subscription().getVersion()))
                .build();
    }

    @GET
    @Path("{subscriptionId}/supportcontact/candidates")
    @Operation(summary = "The provider and each eligible reseller (all known ones with includeIneligible=true)")
    public ListResult<CandidateDto> candidates(
            @PathParam("customerId") UUID customerId,
            @PathParam("subscriptionId") UUID subscriptionId,
            @QueryParam("includeIneligible") boolean includeIneligible,
            @QueryParam("offset") Integer offset,
            @QueryParam("size") Integer size) {
        Paging paging = Paging.of(offset, size);
        return ListResult.page(
                supportContacts.candidates(customerId, subscriptionId).stream()
                        .filter(c -> includeIneligible || c.eligibility().isEligible())
                        .map(c -> new CandidateDto(
                                c.partner().getId(),
                                c.partner().getName(),
                                c.partner().getMpnId(),
                                c.eligibility().isEligible(),
                                c.eligibility().isEligible() ? null : c.eligibility()))
                        .toList(),
                paging);
    }

    private static SupportContactDto contactOf(Subscription s) {
        return new SupportContactDto(
                s.getSupportContact().getId(),
                s.getSupportContact().getName(),
                s.getSupportContact().getMpnId());
    }
}
