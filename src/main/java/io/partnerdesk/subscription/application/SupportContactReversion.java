package io.partnerdesk.subscription.application;

import io.partnerdesk.audit.application.AuditLog;
import io.partnerdesk.customer.domain.ResellerLostCustomer;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnershipEnded;
import io.partnerdesk.shared.SystemText;
import io.partnerdesk.shared.events.OrganisationEvent;
import io.partnerdesk.shared.events.OrganisationNotice;
import io.partnerdesk.shared.metrics.PortalMetrics;
import io.partnerdesk.subscription.domain.Subscription;
import io.partnerdesk.subscription.domain.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Rule 3: when a reseller stops being eligible (its partnership with the provider ends, its
 * relationship with the customer is removed, or its delegated admin privileges end), every
 * subscription it supports goes back to its provider. Runs inside the transaction of the change
 * that caused it, and audits and announces each reversion.
 */
@ApplicationScoped
public class SupportContactReversion {

    @Inject
    PortalMetrics metrics;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    AuditLog auditLog;

    @Inject
    Event<OrganisationNotice> notices;

    @Inject
    Event<OrganisationEvent> events;

    /** The reseller lost the customer (relationship or delegated admin): revert its subscriptions there. */
    void resellerLostCustomer(@Observes ResellerLostCustomer lost) {
        revert(subscriptions.supportedBy(lost.partnerId(), lost.customerId()), lost.why());
    }

    /** The reseller's partnership with the provider ended: revert the provider's subscriptions it supports. */
    void partnershipEnded(@Observes PartnershipEnded ended) {
        revert(
                subscriptions.supportedByResellerOf(ended.resellerId(), ended.providerId()),
                SystemText.of("reversion.partnershipEnded"));
    }

    /**
     * {@code why} is a {@link SystemText} without arguments: the notices and the audit log render it
     * in each reader's language.
     */
    private int revert(List<Subscription> supported, String why) {
        int reverted = 0;
        Instant now = Instant.now();
        for (Subscription subscription : supported) {
            if (subscription.isSupportedByProvider()) {
                continue;
            }
            Partner reseller = subscription.getSupportContact();
            Partner provider = subscription.getProvider();
            subscription.revertSupportContactToProvider(now);
            metrics.count(PortalMetrics.Counter.SUPPORT_CONTACT_CHANGES, "kind", "reversion");
            auditLog.record(new AuditLog.Entry(
                    "SUPPORT_CONTACT_REVERTED",
                    "Subscription",
                    subscription.getId(),
                    provider.getId(),
                    reseller.getId(),
                    subscription.getCustomer().getId(),
                    reseller.getName(),
                    SystemText.of("audit.value.revertedTo", provider.getName(), why)));
            SupportContactEvents.changed(subscription, reseller, provider).forEach(events::fire);
            String link = "/subscriptions/support-contact.xhtml?customer="
                    + subscription.getCustomer().getId() + "&subscription=" + subscription.getId();
            Object[] arguments = {
                subscription.getProduct().getName(),
                subscription.getCustomer().getCompanyName(),
                reseller.getName(),
                provider.getName(),
                why
            };
            notices.fire(
                    OrganisationNotice.toPartner(provider.getId(), link, "notice.supportContactReverted", arguments));
            notices.fire(
                    OrganisationNotice.toPartner(reseller.getId(), null, "notice.supportContactReverted", arguments));
            reverted++;
        }
        return reverted;
    }
}
