package io.partnerdesk.customer.domain;

import io.partnerdesk.partner.domain.Partner;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A partner's relationship with a customer, which lets the partner see and sell to the customer;
 * it may carry delegated admin privileges, which let the partner administer the customer's
 * services until they expire.
 */
@Entity
@Table(name = "customer_relationship")
public class CustomerRelationship implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "id", length = 36)
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private RelationshipState state;

    @Column(name = "delegated_admin", nullable = false)
    private boolean delegatedAdmin;

    @Column(name = "delegated_admin_granted_at")
    private Instant delegatedAdminGrantedAt;

    @Column(name = "delegated_admin_expires_at")
    private Instant delegatedAdminExpiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CustomerRelationship() {}

    public CustomerRelationship(Partner partner, Customer customer, Instant at) {
        this.id = UUID.randomUUID();
        this.partner = partner;
        this.customer = customer;
        this.state = RelationshipState.ACTIVE;
        this.createdAt = at;
    }

    public void activate() {
        state = RelationshipState.ACTIVE;
    }

    public void grantDelegatedAdmin(Instant at, Instant expiresAt) {
        delegatedAdmin = true;
        delegatedAdminGrantedAt = at;
        delegatedAdminExpiresAt = expiresAt;
    }

    public void revokeDelegatedAdmin() {
        delegatedAdmin = false;
        delegatedAdminExpiresAt = null;
    }

    public void remove() {
        state = RelationshipState.REMOVED;
        revokeDelegatedAdmin();
    }

    public boolean isActive() {
        return state == RelationshipState.ACTIVE;
    }

    /** Delegated admin privileges that are granted and not yet expired. */
    public boolean hasDelegatedAdmin(Instant now) {
        return isActive()
                && delegatedAdmin
                && (delegatedAdminExpiresAt == null || delegatedAdminExpiresAt.isAfter(now));
    }

    public UUID getId() {
        return id;
    }

    public Partner getPartner() {
        return partner;
    }

    public Customer getCustomer() {
        return customer;
    }

    public RelationshipState getState() {
        return state;
    }

    public boolean isDelegatedAdmin() {
        return delegatedAdmin;
    }

    public Instant getDelegatedAdminGrantedAt() {
        return delegatedAdminGrantedAt;
    }

    public Instant getDelegatedAdminExpiresAt() {
        return delegatedAdminExpiresAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
