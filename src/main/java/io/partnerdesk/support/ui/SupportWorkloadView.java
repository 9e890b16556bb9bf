package io.partnerdesk.support.ui;

import io.partnerdesk.shared.web.Access;
import io.partnerdesk.support.application.SupportQueueService;
import io.partnerdesk.support.domain.SupportRequestRepository.Workload;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The dashboard's support card: the caller's open requests by severity, first responses due within
 * the hour and late, assigned to them and to nobody; each figure opens the queue filtered to it.
 * Only for the partner staff who work the queue.
 */
@Named
@RequestScoped
public class SupportWorkloadView {

    @Inject
    SupportQueueService queue;

    @Inject
    Access access;

    private Workload workload;

    public boolean isShown() {
        return access.isMayWorkSupport();
    }

    public Workload getWorkload() {
        if (workload == null) {
            workload = queue.workload();
        }
        return workload;
    }
}
