package io.partnerdesk.notification.domain;

import io.partnerdesk.shared.persistence.Totals;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Makes the remembered totals of a person's notifications (their unread count) count again when one is written. */
public class UnreadNotificationTotals {

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(UserNotification notification) {
        Totals.inContainer().changed(Totals.Kind.UNREAD_NOTIFICATIONS, notification.getUsername());
    }
}
