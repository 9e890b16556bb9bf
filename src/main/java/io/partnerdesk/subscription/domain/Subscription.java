package io.partnerdesk.subscription.domain;

import io.partnerdesk.customer.domain.Customer;
import io.partnerdesk.customer.domain.CustomerRelationship;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerKind;
import io.partnerdesk.partner.domain.ResellerPartnership;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer's subscription to a product, provided by an indirect provider and maybe sold through
 * a reseller. Its designated support contact is the partner the customer turns to for technical
 * support: the provider unless the provider hands it to an eligible reseller.
 */
@Entity
@EntityListeners(SubscriptionTotals.class)
@Table(name = "subscription")
public class Subscription implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_QUANTITY = 1_000_000;

    @Id
    @Column(name = "id", length = 36)
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Min(1)
    @Max(MAX_QUANTITY)
    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private SubscriptionStatus status;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id")
    private Partner provider;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reseller_id")
    private Partner reseller;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "support_contact_id")
    private Partner supportContact;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Subscription() {}

    /** Rule 1: a new subscription's designated support contact is its provider. */
    public Subscription(
            Customer customer, Product product, int quantity, Partner provider, Partner reseller, Instant at) {
        this.id = UUID.randomUUID();
        this.customer = customer;
        this.product = product;
        this.quantity = quantity;
        this.status = SubscriptionStatus.ACTIVE;
        this.provider = provider;
        this.reseller = reseller;
        this.supportContact = provider;
        this.createdAt = at;
        this.changedAt = at;
    }

    /**
     * Rule 2: the provider itself is always eligible; a reseller only with (a) an active
     * partnership with the provider, (b) an active relationship with the customer and (c)
     * unexpired delegated admin privileges for the customer.
     */
    public Eligibility eligibilityOf(
            Partner candidate,
            Optional<ResellerPartnership> partnershipWithProvider,
            Optional<CustomerRelationship> relationshipWithCustomer,
            Instant now) {
        if (candidate.getId().equals(provider.getId())) {
            return Eligibility.ELIGIBLE;
        }
        if (candidate.getKind() != PartnerKind.INDIRECT_RESELLER) {
            return Eligibility.NOT_A_RESELLER;
        }
        if (partnershipWithProvider.filter(ResellerPartnership::isActive).isEmpty()) {
            return Eligibility.PARTNERSHIP_NOT_ACTIVE;
        }
        if (relationshipWithCustomer.filter(CustomerRelationship::isActive).isEmpty()) {
            return Eligibility.NO_CUSTOMER_RELATIONSHIP;
        }
        if (!relationshipWithCustomer.get().hasDelegatedAdmin(now)) {
            return Eligibility.NO_DELEGATED_ADMIN;
        }
        return Eligibility.ELIGIBLE;
    }

    /** Hands support to an eligible partner; the caller has checked {@link #eligibilityOf}. */
    public void assignSupportContact(Partner contact, Instant at) {
        this.supportContact = contact;
        this.changedAt = at;
    }

    /** Rule 3: support goes back to the provider. */
    public void revertSupportContactToProvider(Instant at) {
        assignSupportContact(provider, at);
    }

    public void changeQuantity(int newQuantity, Instant at) {
        this.quantity = newQuantity;
        this.changedAt = at;
    }

    public void changeStatus(SubscriptionStatus newStatus, Instant at) {
        this.status = newStatus;
        this.changedAt = at;
    }

    public boolean isActive() {
        return status == SubscriptionStatus.ACTIVE;
    }

    public boolean isSupportedByProvider() {
        return supportContact.getId().equals(provider.getId());
    }

    /** Whether the partner is this subscription's provider, whose staff alone choose its support contact. */
    public boolean isProvidedBy(UUID partnerId) {
        return provider.getId().equals(partnerId);
    }

    /** Whether the partner is this subscription's designated support contact now. */
    public boolean isSupportedBy(UUID partnerId) {
        return supportContact.getId().equals(partnerId);
    }

    /** Whether the partner's staff see this subscription: its provider, its reseller or its support contact. */
    public boolean isVisibleTo(UUID partnerId) {
        return isProvidedBy(partnerId)
                || isSupportedBy(partnerId)
                || (reseller != null && reseller.getId().equals(partnerId));
    }

    /**
     * Whether the caller's staff see the candidate among the possible support contacts: the
     * provider's staff see every candidate; a reseller's staff only the provider and their own
     * organisation, as which other resellers the provider works with is the provider's business.
     */
    public boolean showsCandidateTo(UUID callerId, UUID candidateId) {
        return isProvidedBy(callerId) || isProvidedBy(candidateId) || candidateId.equals(callerId);
    }

    public UUID getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Product getProduct() {
        return product;
    }

    public int getQuantity() {
        return quantity;
    }

    public SubscriptionStatus getStatus() {
        return status;
    }

    public Partner getProvider() {
        return provider;
    }

    public Partner getReseller() {
        return reseller;
    }

    public Partner getSupportContact() {
        return supportContact;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
