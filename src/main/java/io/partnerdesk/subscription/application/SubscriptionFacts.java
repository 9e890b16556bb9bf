package io.partnerdesk.subscription.application;

import io.partnerdesk.customer.domain.PartnerSubscriptions;
import io.partnerdesk.partner.domain.ResellerSupport;
import io.partnerdesk.subscription.domain.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * The subscription feature's answers to what the partner and customer features ask about
 * subscriptions (they sit below this feature and ask through their own interfaces), in the
 * transaction of the change that asks.
 */
@ApplicationScoped
public class SubscriptionFacts implements PartnerSubscriptions, ResellerSupport {

    @Inject
    SubscriptionRepository subscriptions;

    @Override
    public List<Active> activeOfPartnerForCustomer(UUID partnerId, UUID customerId) {
        return subscriptions.activeOfPartnerForCustomer(partnerId, customerId).stream()
                .map(s -> new Active(s.getId(), s.getProduct().getName(), s.getQuantity()))
                .toList();
    }

    @Override
    public long countSupportedByResellerOf(UUID resellerId, UUID providerId) {
        return subscriptions.countSupportedByResellerOf(resellerId, providerId);
    }
}
