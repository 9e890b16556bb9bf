package io.partnerdesk.support.ui;

import io.partnerdesk.support.domain.Severity;
import io.partnerdesk.support.domain.SupportRequest;
import io.partnerdesk.support.domain.SupportRequestStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One line of a list of support requests, as the pages show it. */
public record QueueRow(
        UUID id,
        String title,
        String customerName,
        String productName,
        String handlerName,
        Severity severity,
        SupportRequestStatus status,
        String assignee,
        Instant createdAt,
        Instant firstResponseDue,
        Instant firstRespondedAt)
        implements Serializable {

    static QueueRow of(SupportRequest r) {
        return new QueueRow(
                r.getId(),
                r.getTitle(),
                r.getCustomer().getCompanyName(),
                r.getSubscription().getProduct().getName(),
                r.getHandler().getName(),
                r.getSeverity(),
                r.getStatus(),
                r.getAssignee(),
                r.getCreatedAt(),
                r.getFirstResponseDue(),
                r.getFirstRespondedAt());
    }
}
