package io.partnerdesk.partner.domain;

import java.util.UUID;

/**
 * What the partner feature asks about subscriptions, answered by the subscription feature (which
 * depends on partners, so the question travels through this interface rather than an import).
 */
public interface ResellerSupport {

    /** How many of the provider's subscriptions the reseller is the support contact of. */
    long countSupportedByResellerOf(UUID resellerId, UUID providerId);
}
