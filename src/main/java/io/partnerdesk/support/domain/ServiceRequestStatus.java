package io.partnerdesk.support.domain;

/** Where a service request to the vendor stands. */
public enum ServiceRequestStatus {
    OPEN,
    ATTENTION_NEEDED,
    CLOSED
}
