package io.partnerdesk.partner.domain;

/** How a partner sells: through resellers (provider), through a provider (reseller), or directly. */
public enum PartnerKind {
    INDIRECT_PROVIDER,
    INDIRECT_RESELLER,
    DIRECT;

    /** Whether a partner of this kind adds subscriptions for its customers (and so provides them). */
    public boolean addsSubscriptions() {
        return this == INDIRECT_PROVIDER || this == DIRECT;
    }
}
