package io.partnerdesk.subscription.domain;

/** Whether a subscription is in use, suspended for now, or gone. */
public enum SubscriptionStatus {
    ACTIVE,
    SUSPENDED,
    DELETED
}
