package io.partnerdesk.subscription.api;

import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.subscription.domain.Subscription;
import io.partnerdesk.subscription.domain.SubscriptionStatus;
import java.time.Instant;
import java.util.UUID;

/** A subscription as partner staff see it. */
public record SubscriptionDto(
        UUID id,
        UUID customerId,
        UUID productId,
        String offerName,
        int quantity,
        SubscriptionStatus status,
        Ref provider,
        Ref reseller,
        ContactRef supportContact,
        Instant createdAt,
        Instant changedAt,
        long version) {

    /** A partner by id and name. */
    public record Ref(UUID id, String name) {
        static Ref of(Partner p) {
            return p == null ? null : new Ref(p.getId(), p.getName());
        }
    }

    /** The designated support contact. */
    public record ContactRef(UUID partnerId, String name) {}

    public static SubscriptionDto of(Subscription s) {
        return new SubscriptionDto(
                s.getId(),
                s.getCustomer().getId(),
                s.getProduct().getId(),
                s.getProduct().getName(),
                s.getQuantity(),
                s.getStatus(),
                Ref.of(s.getProvider()),
                Ref.of(s.getReseller()),
                new ContactRef(
                        s.getSupportContact().getId(), s.getSupportContact().getName()),
                s.getCreatedAt(),
                s.getChangedAt(),
                s.getVersion());
    }
}
