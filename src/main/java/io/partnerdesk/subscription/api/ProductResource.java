package io.partnerdesk.subscription.api;

import io.partnerdesk.shared.api.ListResult;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.subscription.application.SubscriptionService;
import io.partnerdesk.subscription.domain.Product;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The catalogue: products and the online services each includes. */
@Path("products")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource {

    @Inject
    SubscriptionService subscriptions;

    /** A product and the online services it includes. */
    public record ProductDto(UUID id, String name, List<ServiceDto> services) {}

    /** An online service. */
    public record ServiceDto(UUID id, String name) {}

    @GET
    @RolesAllowed({
        Role.GLOBAL_ADMIN,
        Role.ADMIN_AGENT,
        Role.HELPDESK_AGENT,
        Role.SALES_AGENT,
        Role.USER_MANAGEMENT_ADMIN,
        Role.CUSTOMER_ADMIN
    })
    @Operation(summary = "The catalogue, with the online services each product includes")
    public ListResult<ProductDto> products() {
        return ListResult.of(
                subscriptions.products().stream().map(ProductResource::dto).toList());
    }

    private static ProductDto dto(Product p) {
        return new ProductDto(
                p.getId(),
                p.getName(),
                p.getServices().stream()
                        .map(s -> new ServiceDto(s.getId(), s.getName()))
                        .toList());
    }
}
