package io.partnerdesk.support.domain;

import io.partnerdesk.shared.persistence.Totals;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Makes the remembered totals of service requests (the partner's list) count again when one is written. */
public class ServiceRequestTotals {

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(ServiceRequest request) {
        Totals.inContainer()
                .changed(Totals.Kind.SERVICE_REQUESTS, request.getPartner().getId());
    }
}
