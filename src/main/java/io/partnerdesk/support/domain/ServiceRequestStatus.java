package io.partnerdesk.support.domain;

/** Where a service request to the vendor stands. */
public enum ServiceRequestStatus {
    OPEN,
    ATTENTION_NEEDED,
    CLOSED;

    /**
     * Whether the filing partner may move a request from this status to {@code to}: any status may
     * follow any other, so a closed request can be opened again; staying put is no move.
     */
    public boolean canMoveTo(ServiceRequestStatus to) {
        return to != null && to != this;
    }
}
