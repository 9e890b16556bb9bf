package io.partnerdesk.subscription.ui;

import io.partnerdesk.customer.application.RelationshipService;
import io.partnerdesk.customer.domain.CustomerRelationship;
import io.partnerdesk.shared.web.Messages;
import io.partnerdesk.subscription.application.SubscriptionService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * The customer's support page ({@code /my/support.xhtml}): for each subscription, whom to call and
 * how (rule 5); and the partners holding delegated admin rights, which the customer can take away.
 */
@Named
@ViewScoped
public class MySupportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    RelationshipService relationships;

    private List<SubscriptionService.SupportedSubscription> contacts;
    private List<CustomerRelationship> partners;

    public void load() {
        contacts = subscriptions.mySupportContacts();
        partners = relationships.myPartners();
    }

    public void revoke(UUID partnerId, String partnerName) {
        relationships.revokeDelegatedAdmin(partnerId);
        Messages.info(null, "my.support.revoked", partnerName);
        load();
    }

    public List<SubscriptionService.SupportedSubscription> getContacts() {
        return contacts;
    }

    public List<CustomerRelationship> getPartners() {
        return partners;
    }
}
