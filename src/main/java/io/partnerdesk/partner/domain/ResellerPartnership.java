package io.partnerdesk.partner.domain;

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

/** An indirect provider selling through an indirect reseller. */
@Entity
@Table(name = "reseller_partnership")
public class ResellerPartnership implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "id", length = 36)
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id")
    private Partner provider;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reseller_id")
    private Partner reseller;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private PartnershipState state;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ResellerPartnership() {}

    private ResellerPartnership(Partner provider, Partner reseller, PartnershipState state, Instant at) {
        this.id = UUID.randomUUID();
        this.provider = provider;
        this.reseller = reseller;
        this.state = state;
        this.invitedAt = at;
        if (state == PartnershipState.ACTIVE) {
            this.activatedAt = at;
        }
    }

    public static ResellerPartnership invited(Partner provider, Partner reseller, Instant at) {
        return new ResellerPartnership(provider, reseller, PartnershipState.INVITED, at);
    }

    public static ResellerPartnership active(Partner provider, Partner reseller, Instant at) {
        return new ResellerPartnership(provider, reseller, PartnershipState.ACTIVE, at);
    }

    public void activate(Instant at) {
        state = PartnershipState.ACTIVE;
        activatedAt = at;
        endedAt = null;
    }

    public void reinvite(Instant at) {
        if (state == PartnershipState.ENDED) {
            state = PartnershipState.INVITED;
            invitedAt = at;
            endedAt = null;
        }
    }

    public void end(Instant at) {
        state = PartnershipState.ENDED;
        endedAt = at;
    }

    public boolean isActive() {
        return state == PartnershipState.ACTIVE;
    }

    public UUID getId() {
        return id;
    }

    public Partner getProvider() {
        return provider;
    }

    public Partner getReseller() {
        return reseller;
    }

    public PartnershipState getState() {
        return state;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
