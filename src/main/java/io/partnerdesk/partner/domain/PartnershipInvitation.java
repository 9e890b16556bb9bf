package io.partnerdesk.partner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A provider's link inviting a reseller into a partnership; usable once, until it expires. */
@Entity
@Table(name = "partnership_invitation")
public class PartnershipInvitation implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "token", length = 64)
    private String token;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id")
    private Partner provider;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reseller_id")
    private Partner reseller;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "accepted_by")
    private Partner acceptedBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected PartnershipInvitation() {}

    public PartnershipInvitation(String token, Partner provider, String createdBy, Instant at, Instant expiresAt) {
        this.token = token;
        this.provider = provider;
        this.createdBy = createdBy;
        this.createdAt = at;
        this.expiresAt = expiresAt;
    }

    /** An invitation that only the given reseller may accept. */
    public PartnershipInvitation addressedTo(Partner reseller) {
        this.reseller = reseller;
        return this;
    }

    public boolean isExpired(Instant now) {
        return !expiresAt.isAfter(now);
    }

    public boolean isUsed() {
        return acceptedAt != null;
    }

    /** Whether the invitation names one reseller, which then is the only one who may accept it. */
    public boolean isAddressedTo(Partner partner) {
        return reseller == null || reseller.getId().equals(partner.getId());
    }

    public void accept(Partner by, Instant at) {
        this.acceptedBy = by;
        this.acceptedAt = at;
    }

    public String getToken() {
        return token;
    }

    public Partner getProvider() {
        return provider;
    }

    public Partner getReseller() {
        return reseller;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
