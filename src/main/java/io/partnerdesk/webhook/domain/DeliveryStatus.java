package io.partnerdesk.webhook.domain;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** Not yet accepted by the receiver; another attempt is due. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Given up: no 2xx answer for a day, or the webhook was deleted, or its address became refused. */
    FAILED
}
