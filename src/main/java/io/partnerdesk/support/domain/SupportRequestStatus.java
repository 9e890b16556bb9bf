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

    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }
}
