package io.partnerdesk.partner.domain;

/** Where a reseller partnership stands: invited by the provider, active, or ended. */
public enum PartnershipState {
    INVITED,
    ACTIVE,
    ENDED
}
