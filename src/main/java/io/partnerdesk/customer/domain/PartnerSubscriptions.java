package io.partnerdesk.customer.domain;

import java.util.List;
import java.util.UUID;

/**
 * What the customer feature asks about a partner's subscriptions, answered by the subscription
 * feature (which depends on customers, so the question travels through this interface).
 */
public interface PartnerSubscriptions {

    /** An active subscription, as a refusal names it. */
    record Active(UUID subscriptionId, String offerName, int quantity) {}

    /** The active subscriptions the partner provides or resells to the customer. */
    List<Active> activeOfPartnerForCustomer(UUID partnerId, UUID customerId);
}
