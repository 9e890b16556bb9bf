package io.partnerdesk.support.domain;

import io.partnerdesk.shared.persistence.Totals;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Makes the remembered totals of support requests (the handler's queue, the customer's own list) count again when one is written. */
public class SupportRequestTotals {

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(SupportRequest request) {
        Totals.inContainer()
                .changed(
                        Totals.Kind.SUPPORT_REQUESTS,
                        request.getHandler().getId(),
                        request.getCustomer().getId());
    }
}
