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
import java.time.Instant;

/** A partner's invitation link asking a customer for a relationship (and maybe delegated admin). */
@Entity
@Table(name = "relationship_request")
public class RelationshipRequest implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Where the request stands. */
    public enum Status {
        OPEN,
        ACCEPTED,
        DECLINED
    }

    @Id
    @Column(name = "token", length = 64)
    private String token;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @Column(name = "delegated_admin", nullable = false)
    private boolean delegatedAdmin;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected RelationshipRequest() {}

    public RelationshipRequest(
            String token, Partner partner, boolean delegatedAdmin, String createdBy, Instant at, Instant expiresAt) {
        this.token = token;
        this.partner = partner;
        this.delegatedAdmin = delegatedAdmin;
        this.createdBy = createdBy;
        this.createdAt = at;
        this.expiresAt = expiresAt;
        this.status = Status.OPEN;
    }

    public boolean isExpired(Instant now) {
        return !expiresAt.isAfter(now);
    }

    /** Whether the request can still be answered at {@code now}: nobody answered it and it has not expired. */
    public boolean isOpen(Instant now) {
        return isOpen(status, expiresAt, now);
    }

    /** {@link #isOpen(Instant)} for a request known by its status and expiry. */
    public static boolean isOpen(Status status, Instant expiresAt, Instant now) {
        return status == Status.OPEN && expiresAt.isAfter(now);
    }

    public void decide(Customer by, boolean accepted, Instant at) {
        this.customer = by;
        this.status = accepted ? Status.ACCEPTED : Status.DECLINED;
        this.decidedAt = at;
    }

    public String getToken() {
        return token;
    }

    public Partner getPartner() {
        return partner;
    }

    public boolean isDelegatedAdmin() {
        return delegatedAdmin;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
