package io.partnerdesk.dashboard.ui;

import io.partnerdesk.partner.domain.ServiceHours;
import io.partnerdesk.partner.domain.SupportOffering;
import io.partnerdesk.shared.web.Access;
import io.partnerdesk.subscription.application.SubscriptionService;
import io.partnerdesk.support.application.CustomerRequestService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The dashboard's cards for a customer's admin: how many of the company's support requests are
 * open, and each of its support contacts with their service hours today and whether they are
 * open now (in the partner's own time zone).
 */
@Named
@RequestScoped
public class CustomerOverviewView {

    /** A support contact of the customer as the card shows it. */
    public record ContactToday(
            String name, String email, String telephone, String zone, ServiceHours.Today today, boolean published) {}

    @Inject
    Access access;

    @Inject
    CustomerRequestService requests;

    @Inject
    SubscriptionService subscriptions;

    private Long openRequests;
    private List<ContactToday> contacts;

    public boolean isShown() {
        return access.isCustomerAdmin();
    }

    public long getOpenRequests() {
        if (openRequests == null) {
            openRequests = requests.countOpenMine();
        }
        return openRequests;
    }

    /** Each partner that supports one of the customer's subscriptions, once, in the order of the subscriptions. */
    public List<ContactToday> getContacts() {
        if (contacts == null) {
            Instant now = Instant.now();
            Map<UUID, ContactToday> byPartner = new LinkedHashMap<>();
            for (SubscriptionService.SupportedSubscription s : subscriptions.mySupportContacts()) {
                UUID partner = s.subscription().getSupportContact().getId();
                byPartner.computeIfAbsent(partner, id -> {
                    String name = s.subscription().getSupportContact().getName();
                    SupportOffering offering = s.supportOffering();
                    if (offering == null) {
                        return new ContactToday(name, null, null, null, null, false);
                    }
                    ServiceHours hours = offering.hours();
                    return new ContactToday(
                            name,
                            offering.getEmail(),
                            offering.getTelephone(),
                            hours.zone().getId(),
                            hours.today(now),
                            true);
                });
            }
            contacts = new ArrayList<>(byPartner.values());
        }
        return contacts;
    }
}
