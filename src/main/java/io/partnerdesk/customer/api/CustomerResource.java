package io.partnerdesk.customer.api;

import io.partnerdesk.audit.api.AuditRecordDto;
import io.partnerdesk.audit.application.AuditService;
import io.partnerdesk.customer.application.CustomerService;
import io.partnerdesk.customer.application.RelationshipService;
import io.partnerdesk.customer.domain.CustomerRelationship;
import io.partnerdesk.customer.domain.CustomerRepository;
import io.partnerdesk.customer.domain.RelationshipState;
import io.partnerdesk.partner.api.PartnerRefDto;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.api.ListResult;
import io.partnerdesk.shared.api.Paging;
import io.partnerdesk.shared.api.Versions;
import io.partnerdesk.shared.config.PublicUrl;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.subscription.api.SubscriptionDto;
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
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Customers, their relationships, their subscriptions and the subscriptions' support contacts. */
@Path("customers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.HELPDESK_AGENT, Role.SALES_AGENT, Role.USER_MANAGEMENT_ADMIN})
public class CustomerResource {

    @Inject
    CustomerService customers;

    @Inject
    RelationshipService relationships;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    SupportContactService supportContacts;

    @Inject
    AuditService audit;

    @Inject
    PublicUrl publicUrl;

    /** What adding a customer takes. */
    public record NewCustomerDto(String companyName, String domain, String country, String directoryGroup) {}

    /** Asks for a relationship, with or without delegated admin privileges. */
    public record RelationshipRequestDto(boolean delegatedAdmin) {}

    /** A new relationship request's link. */
    public record RequestLinkDto(String url, String token, Instant expiresAt, boolean delegatedAdmin) {}

    /** Removes the relationship ({@code "none"}) or gives up delegated admin ({@code false}). */
    public record CustomerPatchDto(String relationshipToPartner, Boolean allowDelegatedAccess) {}

    /** A partner related to the customer. */
    public record PartnerRelationshipDto(
            PartnerRefDto partner, RelationshipState state, boolean delegatedAdmin, Instant delegatedAdminExpiresAt) {
        static PartnerRelationshipDto of(CustomerRelationship r) {
            return new PartnerRelationshipDto(
                    PartnerRefDto.of(r.getPartner()),
                    r.getState(),
                    r.isDelegatedAdmin(),
                    r.getDelegatedAdminExpiresAt());
        }
    }

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
    @Operation(summary = "The caller's customers, paged and filtered by name or domain")
    public ListResult<CustomerDto> list(
            @QueryParam("offset") Integer offset,
            @QueryParam("size") Integer size,
            @QueryParam("filter") String filter,
            @QueryParam("sort") String sort,
            @QueryParam("desc") boolean descending) {
        Paging paging = Paging.of(offset, size);
        CustomerService.Page<CustomerRelationship> page =
                customers.page(filter, sortOf(sort), !descending, paging.offset(), paging.size());
        return new ListResult<>(
                page.totalCount(), page.items().stream().map(CustomerDto::of).toList());
    }

    @POST
    @RolesAllowed({Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.SALES_AGENT})
    @Operation(summary = "Adds a customer with an active relationship to the caller's organisation")
    public Response add(@NotNull NewCustomerDto body) {
        CustomerRelationship created = customers.add(new CustomerService.NewCustomer(
                body.companyName(), body.domain(), body.country(), body.directoryGroup()));
        return Response.created(publicUrl.uri(
                        "api/v1/customers/" + created.getCustomer().getId()))
                .entity(CustomerDto.of(created))
                .build();
    }

    @GET
    @Path("{customerId}")
    public CustomerDto get(@PathParam("customerId") UUID customerId) {
        return CustomerDto.of(customers.get(customerId));
    }

    @PATCH
    @Path("{customerId}")
    @RolesAllowed({Role.GLOBAL_ADMIN, Role.ADMIN_AGENT})
    @Operation(summary = "Removes the relationship (relationshipToPartner none) or gives up delegated admin")
    public CustomerDto patch(@PathParam("customerId") UUID customerId, @NotNull CustomerPatchDto body) {
        boolean remove = body.relationshipToPartner() != null;
        boolean dropAdmin = body.allowDelegatedAccess() != null;
        if (remove == dropAdmin) {
            throw new BusinessException(
                    400, "INVALID_REQUEST", "give either relationshipToPartner or allowDelegatedAccess");
        }
        if (remove) {
            if (!"none".equals(body.relationshipToPartner())) {
                throw new BusinessException(400, "INVALID_REQUEST", "relationshipToPartner can only be none");
            }
            return CustomerDto.of(relationships.remove(customerId));
        }
        if (body.allowDelegatedAccess()) {
            throw new BusinessException(
                    400,
                    "INVALID_REQUEST",
                    "delegated admin is granted by the customer, through a relationship request");
        }
        return CustomerDto.of(relationships.giveUpDelegatedAdmin(customerId));
    }

    @GET
    @Path("{customerId}/relationships")
    @Operation(summary = "The partners related to this customer that the caller may see")
    public ListResult<PartnerRelationshipDto> relationships(
            @PathParam("customerId") UUID customerId,
            @QueryParam("offset") Integer offset,
            @QueryParam("size") Integer size) {
        return ListResult.page(
                relationships.visibleRelationshipsOf(customerId).stream()
                        .map(PartnerRelationshipDto::of)
                        .toList(),
                Paging.of(offset, size));
    }

    @POST
    @Path("relationshiprequests")
    @RolesAllowed({Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.SALES_AGENT})
    @Operation(summary = "An invitation link asking a customer for a relationship")
    public Response requestRelationship(RelationshipRequestDto body) {
        RelationshipService.Request request = relationships.requestRelationship(body != null && body.delegatedAdmin());
        String url = publicUrl.link("my/accept.xhtml?token=" + request.token());
        return Response.status(201)
                .entity(new RequestLinkDto(url, request.token(), request.expiresAt(), request.delegatedAdmin()))
                .build();
    }

    @POST
    @Path("relationshiprequests/{token}/accept")
    @RolesAllowed(Role.CUSTOMER_ADMIN)
    @Operation(summary = "The customer's admin accepts a relationship request")
    public PartnerRelationshipDto accept(@PathParam("token") String token) {
        return PartnerRelationshipDto.of(relationships.accept(token));
    }

    @POST
    @Path("relationshiprequests/{token}/decline")
    @RolesAllowed(Role.CUSTOMER_ADMIN)
    @Operation(summary = "The customer's admin declines a relationship request")
    public Response decline(@PathParam("token") String token) {
        relationships.decline(token);
        return Response.noContent().build();
    }

    @GET
    @Path("{customerId}/subscriptions")
    public ListResult<SubscriptionDto> subscriptions(
            @PathParam("customerId") UUID customerId,
            @QueryParam("offset") Integer offset,
            @QueryParam("size") Integer size) {
        Paging paging = Paging.of(offset, size);
        SubscriptionService.Page page = subscriptions.pageOfCustomer(customerId, paging.offset(), paging.size());
        return new ListResult<>(
                page.totalCount(),
                page.items().stream().map(SubscriptionDto::of).toList());
    }

    @POST
    @Path("{customerId}/subscriptions")
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
    @Path("{customerId}/subscriptions/{subscriptionId}")
    public Response subscription(
            @PathParam("customerId") UUID customerId, @PathParam("subscriptionId") UUID subscriptionId) {
        Subscription subscription = subscriptions.get(customerId, subscriptionId);
        return Response.ok(SubscriptionDto.of(subscription))
                .tag(Versions.etag(subscription.getVersion()))
                .build();
    }

    @PATCH
    @Path("{customerId}/subscriptions/{subscriptionId}")
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
    @Path("{customerId}/subscriptions/{subscriptionId}/supportcontact")
    public Response supportContact(
            @PathParam("customerId") UUID customerId, @PathParam("subscriptionId") UUID subscriptionId) {
        Subscription subscription = supportContacts.get(customerId, subscriptionId);
        return Response.ok(contactOf(subscription))
                .tag(Versions.etag(subscription.getVersion()))
                .build();
    }

    @PUT
    @Path("{customerId}/subscriptions/{subscriptionId}/supportcontact")
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
    @Path("{customerId}/subscriptions/{subscriptionId}/supportcontact/candidates")
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

    @GET
    @Path("{customerId}/auditrecords")
    @RolesAllowed({Role.GLOBAL_ADMIN, Role.USER_MANAGEMENT_ADMIN})
    @Operation(summary = "The audit trail of this customer that concerns the caller's organisation")
    public ListResult<AuditRecordDto> audit(
            @PathParam("customerId") UUID customerId,
            @QueryParam("offset") Integer offset,
            @QueryParam("size") Integer size) {
        Paging paging = Paging.of(offset, size);
        AuditService.Page page = audit.ofCustomer(customerId, paging.offset(), paging.size());
        return new ListResult<>(
                page.totalCount(), page.items().stream().map(AuditRecordDto::of).toList());
    }

    private static SupportContactDto contactOf(Subscription s) {
        return new SupportContactDto(
                s.getSupportContact().getId(),
                s.getSupportContact().getName(),
                s.getSupportContact().getMpnId());
    }

    private static CustomerRepository.Sort sortOf(String sort) {
        if (sort == null || sort.isBlank()) {
            return CustomerRepository.Sort.COMPANY_NAME;
        }
        return switch (sort) {
            case "companyName" -> CustomerRepository.Sort.COMPANY_NAME;
            case "domain" -> CustomerRepository.Sort.DOMAIN;
            case "country" -> CustomerRepository.Sort.COUNTRY;
            case "createdAt" -> CustomerRepository.Sort.CREATED;
            default -> throw new BusinessException(
                    400, "INVALID_REQUEST", "sort must be companyName, domain, country or createdAt");
        };
    }
}
