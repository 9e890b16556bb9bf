package io.partnerdesk.partner.domain;

import java.util.UUID;

/**
 * A reseller's partnership with an indirect provider ended. Fired by the partner feature inside the
 * transaction that ends it; the subscription feature observes it and hands the provider's
 * subscriptions that the reseller supported back to the provider in that same transaction (rule 3).
 */
public record PartnershipEnded(UUID resellerId, UUID providerId) {}
