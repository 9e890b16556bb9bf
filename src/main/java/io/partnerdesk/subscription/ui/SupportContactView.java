package io.partnerdesk.subscription.ui;

import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.security.CurrentUser;
import io.partnerdesk.shared.web.Html;
import io.partnerdesk.shared.web.Messages;
import io.partnerdesk.subscription.application.SupportContactService;
import io.partnerdesk.subscription.domain.Subscription;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * The designated support contact page ({@code /subscriptions/support-contact.xhtml}): pick the
 * provider or an eligible reseller, submit, review what changed, close.
 */
@Named
@ViewScoped
public class SupportContactView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where the person is in the flow. */
    public enum Step {
        CHOOSE,
        REVIEW
    }

    @Inject
    SupportContactService supportContacts;

    @Inject
    CurrentUser currentUser;

    private UUID customerId;
    private UUID subscriptionId;
    private Subscription subscription;
    private List<SupportContactService.Candidate> candidates;

    @NotNull
    private UUID contactId;

    private Step step = Step.CHOOSE;
    private Partner from;
    private Partner to;

    public void load() {
        if (customerId == null || subscriptionId == null) {
            throw BusinessException.notFound(customerId == null ? "customer" : "subscription", "");
        }
        subscription = supportContacts.get(customerId, subscriptionId);
        candidates = supportContacts.candidates(customerId, subscriptionId);
        contactId = subscription.getSupportContact().getId();
    }

    /** Submits the choice with the version the person saw, so a concurrent change is not overwritten. */
    public void submit() {
        SupportContactService.Assignment assignment =
                supportContacts.assign(customerId, subscriptionId, contactId, subscription.getVersion());
        from = assignment.from();
        to = assignment.to();
        step = Step.REVIEW;
        Messages.info(
                null,
                from.getId().equals(to.getId()) ? "supportContact.unchanged" : "supportContact.changed",
                to.getName());
    }

    public boolean isProvidedByMe() {
        return currentUser
                .partnerId()
                .map(subscription.getProvider().getId()::equals)
                .orElse(false);
    }

    /**
     * The choices: eligible partners can be picked; the others show why not. A label is markup: the
     * partner's name (escaped) marked as not to be translated, then the portal's words about it.
     */
    public List<SelectItem> getChoices() {
        return candidates.stream()
                .map(c -> {
                    boolean eligible = c.eligibility().isEligible();
                    String label = "<span translate=\"no\">"
                            + Html.escape(c.partner().getName()) + "</span>"
                            + (c.partner()
                                            .getId()
                                            .equals(subscription.getProvider().getId())
                                    ? " — " + Html.escape(Messages.text("supportContact.provider"))
                                    : "")
                            + (eligible
                                    ? ""
                                    : " — "
                                            + Html.escape(Messages.text("eligibility."
                                                    + c.eligibility().name())));
                    return new SelectItem(c.partner().getId(), label, null, !eligible, false);
                })
                .toList();
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public void setCustomerId(UUID customerId) {
        this.customerId = customerId;
    }

    public UUID getSubscriptionId() {
        return subscriptionId;
    }

    public void setSubscriptionId(UUID subscriptionId) {
        this.subscriptionId = subscriptionId;
    }

    public Subscription getSubscription() {
        return subscription;
    }

    public UUID getContactId() {
        return contactId;
    }

    public void setContactId(UUID contactId) {
        this.contactId = contactId;
    }

    public Step getStep() {
        return step;
    }

    public Partner getFrom() {
        return from;
    }

    public Partner getTo() {
        return to;
    }
}
