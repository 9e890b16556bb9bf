package io.partnerdesk.subscription.api;

import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.SupportOffering;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.api.ListResult;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.subscription.application.SubscriptionService;
import io.partnerdesk.subscription.application.SupportContactService;
import io.partnerdesk.subscription.domain.Product;
import io.partnerdesk.subscription.domain.Subscription;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The catalogue, bulk support-contact assignment, and the customer's view of its support contacts. */
@Path("")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubscriptionResources {

    @Inject
    SubscriptionService subscriptions;

    @Inject
    SupportContactService supportContacts;

    /** A product and the online services it includes. */
    public record ProductDto(UUID id, String name, List<ServiceDto> services) {}

    /** An online service. */
    public record ServiceDto(UUID id, String name) {}

    /** Many subscriptions, one new contact; {@code dryRun} only tells what would happen. */
    public record BulkDto(List<UUID> subscriptionIds, UUID partnerId, boolean dryRun) {}

    /** What happened (or would) to one subscription. */
    public record BulkLineDto(
            UUID subscriptionId,
            String customerName,
            String offerName,
            SupportContactService.Outcome outcome,
            String reason) {}

    /** A subscription's designated contact and its support offering, for the customer. */
    public record CustomerContactDto(UUID subscriptionId, String offerName, ContactDto contact) {}

    /**
     * How to reach the designated support contact, what its baseline support covers, how fast it
     * promises a first response per severity ({@code responseTargetMinutes}: A, B, C; A around the
     * clock, B and C within service hours) and the days it is closed from today on. Everything but
     * the partner is null (or empty) while the partner has published no support offering.
     */
    public record ContactDto(
            UUID partnerId,
            String name,
            String email,
            String telephone,
            String website,
            String serviceHours,
            List<String> contactMethods,
            String pricing,
            String scope,
            Map<String, Integer> responseTargetMinutes,
            List<String> upcomingHolidays) {}

    @GET
    @Path("products")
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
        return ListResult.of(subscriptions.products().stream()
                .map(SubscriptionResources::dto)
                .toList());
    }

    @POST
    @Path("supportcontacts/bulk")
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

    @GET
    @Path("customer/supportcontacts")
    @RolesAllowed(Role.CUSTOMER_ADMIN)
    @Operation(summary = "Per subscription, the designated support contact and how to reach it")
    public ListResult<CustomerContactDto> customerSupportContacts() {
        return ListResult.of(subscriptions.mySupportContacts().stream()
                .map(SubscriptionResources::contactOf)
                .toList());
    }

    private static CustomerContactDto contactOf(SubscriptionService.SupportedSubscription supported) {
        Subscription s = supported.subscription();
        Partner contact = s.getSupportContact();
        SupportOffering offering = supported.offering().orElse(null);
        return new CustomerContactDto(
                s.getId(),
                s.getProduct().getName(),
                new ContactDto(
                        contact.getId(),
                        contact.getName(),
                        offering == null ? null : offering.getEmail(),
                        offering == null ? null : offering.getTelephone(),
                        offering == null ? null : offering.getWebsite(),
                        offering == null ? null : offering.getServiceHours(),
                        offering == null ? List.of() : offering.getContactMethods(),
                        offering == null ? null : offering.getPricing(),
                        offering == null ? null : offering.getScope(),
                        offering == null ? null : responseTargets(offering),
                        supported.upcomingHolidays().stream()
                                .map(Object::toString)
                                .toList()));
    }

    private static Map<String, Integer> responseTargets(SupportOffering offering) {
        Map<String, Integer> targets = new LinkedHashMap<>();
        targets.put("A", offering.responseMinutes(0));
        targets.put("B", offering.responseMinutes(1));
        targets.put("C", offering.responseMinutes(2));
        return targets;
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
