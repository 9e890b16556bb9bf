package io.partnerdesk.subscription.domain;

import io.partnerdesk.shared.persistence.Totals;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Makes the remembered figures over a provider's subscriptions (its support contacts) count again when one is written. */
public class SubscriptionTotals {

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Subscription subscription) {
        Totals.inContainer()
                .changed(Totals.Kind.SUBSCRIPTIONS, subscription.getProvider().getId());
    }
}
