package io.partnerdesk.support.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a support request stands; each status says which may follow it. */
public enum SupportRequestStatus {
    NEW,
    IN_PROGRESS,
    WAITING_ON_CUSTOMER,
    RESOLVED,
    CLOSED;

    public Set<SupportRequestStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(IN_PROGRESS, WAITING_ON_CUSTOMER, RESOLVED);
            case IN_PROGRESS -> EnumSet.of(WAITING_ON_CUSTOMER, RESOLVED);
            case WAITING_ON_CUSTOMER -> EnumSet.of(IN_PROGRESS, RESOLVED);
            case RESOLVED -> EnumSet.of(IN_PROGRESS, CLOSED);
            case CLOSED -> EnumSet.noneOf(SupportRequestStatus.class);
        };
    }

    /** Whether the handler's staff may move a request from this status to {@code to}; staying put is no move. */
    public boolean canMoveTo(SupportRequestStatus to) {
        return next().contains(to);
    }

    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }

    /** Whether the customer may still add a note: until the request is closed, resolved ones included. */
    public boolean acceptsCustomerNotes() {
        return this != CLOSED;
    }

    /** The status a request takes when its handler escalates it: a new one is then in progress. */
    public SupportRequestStatus whenEscalated() {
        return this == NEW ? IN_PROGRESS : this;
    }
}
