package io.partnerdesk.subscription.api;

import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.SupportOffering;
import io.partnerdesk.shared.api.ListResult;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.subscription.application.SubscriptionService;
import io.partnerdesk.subscription.domain.Subscription;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The customer's admin's view of who supports each of its subscriptions and how to reach them. */
@Path("customer/supportcontacts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerSupportContactResource {

    @Inject
    SubscriptionService subscriptions;

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
    @RolesAllowed(Role.CUSTOMER_ADMIN)
    @Operation(summary = "Per subscription, the designated support contact and how to reach it")
    public ListResult<CustomerContactDto> customerSupportContacts() {
        return ListResult.of(subscriptions.mySupportContacts().stream()
                .map(CustomerSupportContactResource::contactOf)
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
}
