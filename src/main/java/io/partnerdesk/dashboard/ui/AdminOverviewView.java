package io.partnerdesk.dashboard.ui;

import io.partnerdesk.customer.application.RelationshipService;
import io.partnerdesk.customer.domain.CustomerRelationship;
import io.partnerdesk.partner.application.PartnershipService;
import io.partnerdesk.partner.domain.PartnerKind;
import io.partnerdesk.shared.web.Access;
import io.partnerdesk.subscription.application.SupportContactService;
import io.partnerdesk.subscription.domain.SubscriptionRepository.ContactShare;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The dashboard's cards for a provider's admins (global admins and admin agents): its subscriptions
 * by designated support contact, the delegated admin privileges that run out within 30 days, and the
 * resellers it invited that have not answered yet. One statement each; nobody else sees them.
 */
@Named
@RequestScoped
public class AdminOverviewView {

    /** How far ahead expiring delegated admin privileges are shown. */
    public static final int EXPIRY_DAYS = 30;

    /** Rows a card lists at most; it says when there are more. */
    public static final int SHOWN = 5;

    @Inject
    DashboardView dashboard;

    @Inject
    Access access;

    @Inject
    SupportContactService contacts;

    @Inject
    RelationshipService relationships;

    @Inject
    PartnershipService partnerships;

    private List<ContactShare> supportContacts;
    private List<CustomerRelationship> expiring;
    private List<PartnershipService.PartnershipView> invitations;

    public boolean isShown() {
        return access.isAdministrator() && dashboard.getPartnerKind() == PartnerKind.INDIRECT_PROVIDER;
    }

    public List<ContactShare> getSupportContacts() {
        if (supportContacts == null) {
            supportContacts = contacts.supportContactsOfMySubscriptions();
        }
        return supportContacts;
    }

    /** Subscriptions sold through a reseller whose support still rests with the provider. */
    public long getSoldByResellerSupportedByUs() {
        return getSupportContacts().stream()
                .filter(c -> c.partnerId().equals(dashboard.getPartnerId()))
                .mapToLong(ContactShare::soldByReseller)
                .sum();
    }

    /** The delegated admin privileges that run out soonest (at most {@link #SHOWN}). */
    public List<CustomerRelationship> getExpiring() {
        if (expiring == null) {
            // One more than shown tells whether there are more.
            expiring = relationships.delegatedAdminExpiringWithin(EXPIRY_DAYS, SHOWN + 1);
        }
        return expiring.subList(0, Math.min(SHOWN, expiring.size()));
    }

    public boolean isMoreExpiring() {
        getExpiring();
        return expiring.size() > SHOWN;
    }

    /** The invitations waiting longest (at most {@link #SHOWN}). */
    public List<PartnershipService.PartnershipView> getInvitations() {
        if (invitations == null) {
            invitations = partnerships.invitationsWaiting(SHOWN + 1);
        }
        return invitations.subList(0, Math.min(SHOWN, invitations.size()));
    }

    public boolean isMoreInvitations() {
        getInvitations();
        return invitations.size() > SHOWN;
    }

    public int getShownRows() {
        return SHOWN;
    }

    public int getExpiryDays() {
        return EXPIRY_DAYS;
    }
}
