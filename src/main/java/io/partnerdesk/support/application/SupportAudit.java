package io.partnerdesk.support.application;

import io.partnerdesk.audit.application.AuditLog;
import io.partnerdesk.support.domain.SupportRequest;

/** The audit record of a change to a support request: filed under its handler and its customer. */
final class SupportAudit {

    private SupportAudit() {}

    static AuditLog.Entry of(SupportRequest request, String action, String oldValue, String newValue) {
        return new AuditLog.Entry(
                action,
                "SupportRequest",
                request.getId(),
                request.getHandler().getId(),
                null,
                request.getCustomer().getId(),
                oldValue,
                newValue);
    }
}
