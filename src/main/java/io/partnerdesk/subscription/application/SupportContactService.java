package io.partnerdesk.subscription.application;

import io.partnerdesk.audit.application.AuditLog;
import io.partnerdesk.customer.domain.CustomerRelationship;
import io.partnerdesk.customer.domain.RelationshipRepository;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerRepository;
import io.partnerdesk.partner.domain.PartnershipRepository;
import io.partnerdesk.partner.domain.ResellerPartnership;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.events.OrganisationEvent;
import io.partnerdesk.shared.events.OrganisationNotice;
import io.partnerdesk.shared.metrics.PortalMetrics;
import io.partnerdesk.shared.security.CurrentUser;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.subscription.domain.Eligibility;
import io.partnerdesk.subscription.domain.Subscription;
import io.partnerdesk.subscription.domain.SubscriptionRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Designated support contacts: who may be one (rule 2), assigning one to a subscription or to many
 * at once, always by the subscription's provider, always audited and announced.
 */
@Stateless
@RolesAllowed({Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.HELPDESK_AGENT, Role.SALES_AGENT, Role.USER_MANAGEMENT_ADMIN})
public class SupportContactService {

    @Inject
    PortalMetrics metrics;

    /** The most subscriptions one bulk request may name. */
    public static final int MAX_BULK = 1000;

    @Inject
    CurrentUser currentUser;

    @Inject
    SubscriptionService subscriptionService;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    PartnerRepository partners;

    @Inject
    PartnershipRepository partnerships;

    @Inject
    RelationshipRepository relationships;

    @Inject
    AuditLog auditLog;

    @Inject
    Event<OrganisationNotice> notices;

    @Inject
    Event<OrganisationEvent> events;

    /** A partner that could be the contact, and whether it may be. */
    public record Candidate(Partner partner, Eligibility eligibility) implements Serializable {}

    /** A change of contact: from whom to whom. */
    public record Assignment(Subscription subscription, Partner from, Partner to) {}

    /** What a bulk assignment did, or would do, to one subscription. */
    public enum Outcome {
        CHANGED,
        UNCHANGED,
        REFUSED
    }

    /**
     * One line of a bulk assignment's result; {@code refusal} says why a refused line was refused, in
     * the reader's language ({@link BusinessException#localizedMessage}).
     */
    public record BulkLine(
            UUID subscriptionId, String customerName, String offerName, Outcome outcome, BusinessException refusal)
            implements Serializable {

        /** Why the line was refused, in English (null unless it was). */
        public String reason() {
            return refusal == null ? null : refusal.getMessage();
        }
    }

    public Subscription get(UUID customerId, UUID subscriptionId) {
        return subscriptionService.get(customerId, subscriptionId);
    }

    /** The caller's (a provider's) active subscriptions by designated support contact, most first. */
    @RolesAllowed({Role.GLOBAL_ADMIN, Role.ADMIN_AGENT})
    public List<SubscriptionRepository.ContactShare> supportContactsOfMySubscriptions() {
        return subscriptions.supportContactsOf(currentUser.requirePartnerId());
    }

    /**
     * The provider and every reseller in a partnership with it (invited, active or ended), each with
     * its eligibility; the provider first, then by name. Resellers of other providers are not the
     * caller's to see, even when they too have a relationship with this customer. A reseller's staff
     * see only the provider and their own organisation: which other resellers the provider works with,
     * and how they stand with the customer, is the provider's business.
     */
    public List<Candidate> candidates(UUID customerId, UUID subscriptionId) {
        Subscription subscription = get(customerId, subscriptionId);
        UUID caller = currentUser.requirePartnerId();
        Map<UUID, Partner> known = knownTo(subscription.getProvider());
        Instant now = Instant.now();
        List<Candidate> candidates = new ArrayList<>();
        for (Partner partner : known.values()) {
            if (!subscription.showsCandidateTo(caller, partner.getId())) {
                continue;
            }
            candidates.add(new Candidate(partner, eligibility(subscription, partner, now, false)));
        }
        candidates.sort(Comparator.comparing((Candidate c) ->
                        !c.partner().getId().equals(subscription.getProvider().getId()))
                .thenComparing(c -> c.partner().getName()));
        return candidates;
    }

    /**
     * The provider's staff make a partner the subscription's contact. Refused with the failed
     * condition when the partner is not eligible; refused as stale when the subscription changed
     * since the caller read it (version {@code expectedVersion}, if given).
     */
    public Assignment assign(UUID customerId, UUID subscriptionId, UUID partnerId, Long expectedVersion) {
        Subscription subscription = get(customerId, subscriptionId);
        if (!subscription.isProvidedBy(currentUser.requirePartnerId())) {
            throw BusinessException.forbidden(
                    "NOT_THE_PROVIDER", subscription.getProvider().getName());
        }
        if (expectedVersion != null && expectedVersion != subscription.getVersion()) {
            throw BusinessException.stale("subscription");
        }
        Partner contact = knownPartner(subscription.getProvider(), partnerId);
        Eligibility eligibility = eligibility(subscription, contact, Instant.now(), true);
        if (!eligibility.isEligible()) {
            throw notEligible(subscription, contact, eligibility);
        }
        Partner from = subscription.getSupportContact();
        if (!subscription.isSupportedBy(contact.getId())) {
            change(subscription, contact, "single");
            subscriptions.flushOrStale();
        }
        return new Assignment(subscription, from, contact);
    }

    /**
     * Makes one partner the contact of many subscriptions, or with {@code dryRun} only says what
     * would happen. Each subscription is judged on its own: refused ones leave the others be.
     */
    public List<BulkLine> bulk(List<UUID> subscriptionIds, UUID partnerId, boolean dryRun) {
        UUID me = currentUser.requirePartnerId();
        Partner contact =
                knownPartner(partners.find(me).orElseThrow(() -> BusinessException.notFound("partner", me)), partnerId);
        Map<UUID, Subscription> found = new LinkedHashMap<>();
        subscriptions
                .findAll(subscriptionIds.stream().distinct().limit(MAX_BULK).toList())
                .forEach(s -> found.put(s.getId(), s));
        Instant now = Instant.now();
        List<BulkLine> lines = new ArrayList<>();
        for (UUID id : subscriptionIds.stream().distinct().limit(MAX_BULK).toList()) {
            Subscription subscription = found.get(id);
            if (subscription == null || !subscription.isVisibleTo(me)) {
                lines.add(new BulkLine(
                        id, null, null, Outcome.REFUSED, new BusinessException(404, "NO_SUCH_SUBSCRIPTION")));
                continue;
            }
            String customer = subscription.getCustomer().getCompanyName();
            String offer = subscription.getProduct().getName();
            if (!subscription.isProvidedBy(me)) {
                lines.add(new BulkLine(
                        id,
                        customer,
                        offer,
                        Outcome.REFUSED,
                        BusinessException.forbidden(
                                "NOT_THE_PROVIDER", subscription.getProvider().getName())));
                continue;
            }
            Eligibility eligibility = eligibility(subscription, contact, now, !dryRun);
            if (!eligibility.isEligible()) {
                lines.add(new BulkLine(
                        id, customer, offer, Outcome.REFUSED, notEligible(subscription, contact, eligibility)));
            } else if (subscription.isSupportedBy(contact.getId())) {
                lines.add(new BulkLine(id, customer, offer, Outcome.UNCHANGED, null));
            } else {
                if (!dryRun) {
                    change(subscription, contact, "bulk");
                }
                lines.add(new BulkLine(id, customer, offer, Outcome.CHANGED, null));
            }
        }
        if (!dryRun) {
            subscriptions.flushOrStale();
        }
        return lines;
    }

    /** The provider itself and the resellers in a partnership with it, by id. */
    private Map<UUID, Partner> knownTo(Partner provider) {
        Map<UUID, Partner> known = new LinkedHashMap<>();
        known.put(provider.getId(), provider);
        partnerships
                .ofProvider(provider.getId())
                .forEach(p -> known.putIfAbsent(p.getReseller().getId(), p.getReseller()));
        return known;
    }

    /** A partner the provider may name as a contact; any other id is unknown to the caller, like one that does not exist. */
    private Partner knownPartner(Partner provider, UUID partnerId) {
        Partner partner = knownTo(provider).get(partnerId);
        if (partner == null) {
            throw BusinessException.notFound("partner", partnerId);
        }
        return partner;
    }

    private void change(Subscription subscription, Partner contact, String kind) {
        Partner from = subscription.getSupportContact();
        subscription.assignSupportContact(contact, Instant.now());
        metrics.count(PortalMetrics.Counter.SUPPORT_CONTACT_CHANGES, "kind", kind);
        auditLog.record(new AuditLog.Entry(
                "SUPPORT_CONTACT_CHANGED",
                "Subscription",
                subscription.getId(),
                subscription.getProvider().getId(),
                contact.getId().equals(subscription.getProvider().getId()) ? from.getId() : contact.getId(),
                subscription.getCustomer().getId(),
                from.getName(),
                contact.getName()));
        SupportContactEvents.changed(subscription, from, contact).forEach(events::fire);
        if (!contact.getId().equals(subscription.getProvider().getId())) {
            notices.fire(OrganisationNotice.toPartner(
                    contact.getId(),
                    null,
                    "notice.supportContactAssigned",
                    subscription.getProduct().getName(),
                    subscription.getCustomer().getCompanyName(),
                    subscription.getProvider().getName()));
        }
    }

    /**
     * Rule 2 for one candidate. Before a change ({@code locking}) the partnership and the
     * relationship are read locked, as ending either takes the same locks: an assignment and a
     * give-up at the same moment happen one after the other, so no contact outlives its eligibility.
     */
    private Eligibility eligibility(Subscription subscription, Partner candidate, Instant now, boolean locking) {
        UUID provider = subscription.getProvider().getId();
        UUID customer = subscription.getCustomer().getId();
        Optional<ResellerPartnership> partnership = locking
                ? partnerships.findForUpdate(provider, candidate.getId())
                : partnerships.find(provider, candidate.getId());
        Optional<CustomerRelationship> relationship = locking
                ? relationships.findForUpdate(candidate.getId(), customer)
                : relationships.find(candidate.getId(), customer);
        return subscription.eligibilityOf(candidate, partnership, relationship, now);
    }

    private static BusinessException notEligible(Subscription subscription, Partner contact, Eligibility eligibility) {
        return new BusinessException(
                422,
                "SUPPORT_CONTACT_NOT_ELIGIBLE",
                "SUPPORT_CONTACT_NOT_ELIGIBLE." + eligibility.name(),
                List.of(Map.of(
                        "condition",
                        eligibility.name(),
                        "partnerId",
                        contact.getId().toString())),
                contact.getName(),
                subscription.getProvider().getName(),
                subscription.getCustomer().getCompanyName());
    }
}
