package io.partnerdesk.subscription.domain;

/**
 * Whether a partner may be a subscription's designated support contact (rule 2), and if not, the
 * first condition that fails.
 */
public enum Eligibility {
    ELIGIBLE,
    /** (a) the reseller has no active partnership with the subscription's provider. */
    PARTNERSHIP_NOT_ACTIVE,
    /** (b) the reseller has no active relationship with the customer. */
    NO_CUSTOMER_RELATIONSHIP,
    /** (c) the reseller holds no delegated admin privileges for the customer, or they expired. */
    NO_DELEGATED_ADMIN,
    /** Only the provider itself or one of its resellers can be the contact. */
    NOT_A_RESELLER;

    public boolean isEligible() {
        return this == ELIGIBLE;
    }
}
