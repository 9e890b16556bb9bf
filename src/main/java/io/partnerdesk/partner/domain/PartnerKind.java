package io.partnerdesk.partner.domain;

/** How a partner sells: through resellers (provider), through a provider (reseller), or directly. */
public enum PartnerKind {
    INDIRECT_PROVIDER,
    INDIRECT_RESELLER,
    DIRECT
}
