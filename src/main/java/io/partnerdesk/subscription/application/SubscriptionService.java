package io.partnerdesk.subscription.application;

import io.partnerdesk.audit.application.AuditLog;
import io.partnerdesk.customer.domain.CustomerRelationship;
import io.partnerdesk.customer.domain.RelationshipRepository;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerRepository;
import io.partnerdesk.partner.domain.PartnershipRepository;
import io.partnerdesk.partner.domain.ResellerPartnership;
import io.partnerdesk.partner.domain.SupportOffering;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.Page;
import io.partnerdesk.shared.SystemText;
import io.partnerdesk.shared.security.CurrentUser;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.subscription.domain.Product;
import io.partnerdesk.subscription.domain.Subscription;
import io.partnerdesk.subscription.domain.SubscriptionRepository;
import io.partnerdesk.subscription.domain.SubscriptionStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** A customer's subscriptions as the caller's organisation provides, resells or supports them. */
@Stateless
@RolesAllowed({Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.HELPDESK_AGENT, Role.SALES_AGENT, Role.USER_MANAGEMENT_ADMIN})
public class SubscriptionService {

    @Inject
    CurrentUser currentUser;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    RelationshipRepository relationships;

    @Inject
    PartnerRepository partners;

    @Inject
    PartnershipRepository partnerships;

    @Inject
    AuditLog auditLog;

    /** What adding a subscription takes. */
    public record NewSubscription(
            @NotNull UUID productId, @Min(1) @Max(Subscription.MAX_QUANTITY) int quantity, UUID resellerId) {}

    /** A change of status and/or quantity; null leaves that part as it is. */
    public record Change(
            SubscriptionStatus status,
            @Min(1) @Max(Subscription.MAX_QUANTITY) Integer quantity,
            Long expectedVersion) {}

    public List<Subscription> ofCustomer(UUID customerId) {
        UUID partnerId = visibleCustomer(customerId).getPartner().getId();
        return subscriptions.ofCustomerVisibleTo(partnerId, customerId);
    }

    /** A page of the customer's subscriptions that the caller's organisation may see, and how many there are. */
    public Page<Subscription> pageOfCustomer(UUID customerId, int offset, int size) {
        UUID partnerId = visibleCustomer(customerId).getPartner().getId();
        return new Page<>(
                subscriptions.countOfCustomerVisibleTo(partnerId, customerId),
                subscriptions.ofCustomerVisibleTo(partnerId, customerId, offset, size));
    }

    public Subscription get(UUID customerId, UUID subscriptionId) {
        UUID partnerId = visibleCustomer(customerId).getPartner().getId();
        return subscriptions
                .findVisible(partnerId, customerId, subscriptionId)
                .orElseThrow(() -> BusinessException.notFound("subscription", subscriptionId));
    }

    /** The provider adds a subscription; rule 1 makes the provider its support contact. */
    @RolesAllowed({Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.SALES_AGENT})
    public Subscription add(UUID customerId, @Valid @NotNull NewSubscription request) {
        CustomerRelationship relationship = visibleCustomer(customerId);
        Partner provider = relationship.getPartner();
        if (!provider.getKind().addsSubscriptions()) {
            throw BusinessException.forbidden("NOT_AN_INDIRECT_PROVIDER");
        }
        Product product = subscriptions
                .findProduct(request.productId())
                .orElseThrow(() -> BusinessException.notFound("product", request.productId()));
        Partner reseller = null;
        if (request.resellerId() != null) {
            reseller = partners.find(request.resellerId())
                    .orElseThrow(() -> BusinessException.notFound("partner", request.resellerId()));
            boolean active = partnerships
                    .find(provider.getId(), reseller.getId())
                    .filter(ResellerPartnership::isActive)
                    .isPresent();
            if (!active) {
                throw BusinessException.ruleBroken("RESELLER_NOT_ELIGIBLE", reseller.getName(), provider.getName());
            }
        }
        Subscription subscription = new Subscription(
                relationship.getCustomer(), product, request.quantity(), provider, reseller, Instant.now());
        subscriptions.add(subscription);
        auditLog.record(new AuditLog.Entry(
                "SUBSCRIPTION_ADDED",
                "Subscription",
                subscription.getId(),
                provider.getId(),
                reseller == null ? null : reseller.getId(),
                customerId,
                null,
                reseller == null
                        ? SystemText.of(
                                "audit.value.subscriptionAdded",
                                product.getName(),
                                request.quantity(),
                                provider.getName())
                        : SystemText.of(
                                "audit.value.subscriptionAddedWithReseller",
                                product.getName(),
                                request.quantity(),
                                reseller.getName(),
                                provider.getName())));
        return subscription;
    }

    /** The provider suspends, reactivates or changes the quantity of a subscription. */
    @RolesAllowed({Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.SALES_AGENT})
    public Subscription change(UUID customerId, UUID subscriptionId, @Valid @NotNull Change change) {
        Subscription subscription = get(customerId, subscriptionId);
        requireProvider(subscription);
        if (change.status() == null && change.quantity() == null) {
            throw BusinessException.ruleBroken("NOTHING_TO_CHANGE");
        }
        if (change.status() == SubscriptionStatus.DELETED) {
            throw BusinessException.ruleBroken(
                    "INVALID_STATUS",
                    SystemText.word("subscription.status." + change.status().name()),
                    SystemText.word("subscription.status." + SubscriptionStatus.ACTIVE.name()),
                    SystemText.word("subscription.status." + SubscriptionStatus.SUSPENDED.name()));
        }
        if (change.expectedVersion() != null && change.expectedVersion() != subscription.getVersion()) {
            throw BusinessException.stale("subscription");
        }
        Instant now = Instant.now();
        if (change.status() != null && change.status() != subscription.getStatus()) {
            String old = SystemText.of(
                    "subscription.status." + subscription.getStatus().name());
            subscription.changeStatus(change.status(), now);
            audit(
                    subscription,
                    "SUBSCRIPTION_STATUS_CHANGED",
                    old,
                    SystemText.of("subscription.status." + change.status().name()));
        }
        if (change.quantity() != null && change.quantity() != subscription.getQuantity()) {
            String old = String.valueOf(subscription.getQuantity());
            subscription.changeQuantity(change.quantity(), now);
            audit(subscription, "SUBSCRIPTION_QUANTITY_CHANGED", old, String.valueOf(change.quantity()));
        }
        subscriptions.flushOrStale();
        return subscription;
    }

    /** One page of the subscriptions the caller's organisation provides, for bulk work. */
    public List<Subscription> pageProvided(String filter, int offset, int size) {
        return subscriptions.pageProvidedBy(currentUser.requirePartnerId(), filter, offset, size);
    }

    public long countProvided(String filter) {
        return subscriptions.countProvidedBy(currentUser.requirePartnerId(), filter);
    }

    /** The ids of all subscriptions the caller provides that match the filter, up to {@code max}. */
    public List<UUID> idsProvided(String filter, int max) {
        return subscriptions.idsProvidedBy(currentUser.requirePartnerId(), filter, max);
    }

    /** Whom the caller (a provider) can make support contact: itself, then its active resellers. */
    public List<Partner> contactChoices() {
        List<Partner> choices = new java.util.ArrayList<>();
        partners.find(currentUser.requirePartnerId()).ifPresent(choices::add);
        choices.addAll(resellerChoices());
        return choices;
    }

    /** The resellers the caller (a provider) can name as reseller of record: its active partnerships. */
    public List<Partner> resellerChoices() {
        return partnerships.ofProvider(currentUser.requirePartnerId()).stream()
                .filter(ResellerPartnership::isActive)
                .map(ResellerPartnership::getReseller)
                .toList();
    }

    /** The catalogue, with the online services each product includes. */
    @PermitAll
    public List<Product> products() {
        return subscriptions.products();
    }

    /**
     * A subscription of the customer's with the support offering of its designated contact (null
     * without one), and that contact's holidays still to come (empty without an offering). Held by
     * a view-scoped page, so it serialises with the session.
     */
    public record SupportedSubscription(
            Subscription subscription, SupportOffering supportOffering, List<LocalDate> upcomingHolidays)
            implements Serializable {

        public Optional<SupportOffering> offering() {
            return Optional.ofNullable(supportOffering);
        }
    }

    /** Rule 5: the customer admin's subscriptions, each with its contact's support offering. */
    @RolesAllowed(Role.CUSTOMER_ADMIN)
    public List<SupportedSubscription> mySupportContacts() {
        Instant now = Instant.now();
        List<Subscription> mine = subscriptions.ofCustomer(currentUser.requireCustomerId());
        Map<UUID, SupportOffering> offerings = partnerships.findOfferings(
                mine.stream().map(s -> s.getSupportContact().getId()).collect(Collectors.toSet()));
        return mine.stream()
                .map(s -> {
                    Optional<SupportOffering> offering = Optional.ofNullable(
                            offerings.get(s.getSupportContact().getId()));
                    return new SupportedSubscription(
                            s,
                            offering.orElse(null),
                            offering.map(o -> o.upcomingHolidays(now)).orElse(List.of()));
                })
                .toList();
    }

    private void audit(Subscription subscription, String action, String old, String now) {
        auditLog.record(new AuditLog.Entry(
                action,
                "Subscription",
                subscription.getId(),
                subscription.getProvider().getId(),
                null,
                subscription.getCustomer().getId(),
                old,
                now));
    }

    private void requireProvider(Subscription subscription) {
        if (!subscription.getProvider().getId().equals(currentUser.requirePartnerId())) {
            throw BusinessException.forbidden(
                    "NOT_THE_PROVIDER", subscription.getProvider().getName());
        }
    }

    private CustomerRelationship visibleCustomer(UUID customerId) {
        return relationships
                .findVisible(currentUser.requirePartnerId(), customerId)
                .orElseThrow(() -> BusinessException.notFound("customer", customerId));
    }
}
