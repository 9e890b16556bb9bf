package io.partnerdesk.customer.api;

import io.partnerdesk.customer.application.CustomerService;
import io.partnerdesk.customer.application.RelationshipService;
import io.partnerdesk.customer.domain.CustomerRelationship;
import io.partnerdesk.customer.domain.CustomerRepository;
import io.partnerdesk.customer.domain.RelationshipState;
import io.partnerdesk.partner.api.PartnerRefDto;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.Page;
import io.partnerdesk.shared.api.ListResult;
import io.partnerdesk.shared.api.Paging;
import io.partnerdesk.shared.config.PublicUrl;
import io.partnerdesk.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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

/** Customers and their relationships with partners. */
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

    @GET
    @Operation(summary = "The caller's customers, paged and filtered by name or domain")
    public ListResult<CustomerDto> list(
            @QueryParam("offset") Integer offset,
            @QueryParam("size") Integer size,
            @QueryParam("filter") String filter,
            @QueryParam("sort") String sort,
            @QueryParam("desc") boolean descending) {
        Paging paging = Paging.of(offset, size);
        Page<CustomerRelationship> page =
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
