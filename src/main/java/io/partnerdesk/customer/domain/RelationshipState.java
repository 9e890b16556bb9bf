package io.partnerdesk.customer.domain;

/** Where a partner's relationship with a customer stands. */
public enum RelationshipState {
    PENDING,
    ACTIVE,
    REMOVED
}
