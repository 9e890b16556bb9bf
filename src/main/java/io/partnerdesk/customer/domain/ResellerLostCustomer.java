package io.partnerdesk.customer.domain;

import java.util.UUID;

/**
 * A partner lost what let it support a customer: the relationship was removed or its delegated admin
 * privileges ended. Fired by the customer feature inside the transaction of that change; the
 * subscription feature observes it and hands the subscriptions the partner supported there back to
 * their provider in the same transaction (rule 3). {@code why} says which change it was, as a {@link io.partnerdesk.shared.SystemText}.
 */
public record ResellerLostCustomer(UUID partnerId, UUID customerId, String why) {}
