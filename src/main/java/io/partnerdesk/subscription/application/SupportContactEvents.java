package io.partnerdesk.subscription.application;

import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.shared.events.OrganisationEvent;
import io.partnerdesk.subscription.domain.Subscription;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The events a change of a subscription's designated support contact makes: one to each partner it
 * concerns, the subscription's provider and the reseller that was or now is its contact.
 */
final class SupportContactEvents {

    private SupportContactEvents() {}

    static List<OrganisationEvent> changed(Subscription subscription, Partner from, Partner to) {
        Set<UUID> concerned = new LinkedHashSet<>();
        concerned.add(subscription.getProvider().getId());
        concerned.add(from.getId());
        concerned.add(to.getId());
        return concerned.stream()
                .map(partnerId -> OrganisationEvent.of(
                        OrganisationEvent.Kind.SUPPORT_CONTACT_CHANGED,
                        partnerId,
                        "Subscription",
                        subscription.getId(),
                        "customerId",
                        subscription.getCustomer().getId(),
                        "supportContactId",
                        to.getId(),
                        "previousSupportContactId",
                        from.getId()))
                .toList();
    }
}
