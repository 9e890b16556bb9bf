package io.partnerdesk.audit.api;

import io.partnerdesk.audit.domain.AuditRecord;
import java.time.Instant;
import java.util.UUID;

/** One audit record as the API shows it. */
public record AuditRecordDto(
        UUID id,
        Instant at,
        String actor,
        String action,
        String resourceType,
        String resourceId,
        UUID customerId,
        String oldValue,
        String newValue) {

    public static AuditRecordDto of(AuditRecord r) {
        return new AuditRecordDto(
                r.getId(),
                r.getAt(),
                r.getActor(),
                r.getAction(),
                r.getResourceType(),
                r.getResourceId(),
                r.getCustomerId(),
                r.getOldValue(),
                r.getNewValue());
    }
}
