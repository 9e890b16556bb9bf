package io.partnerdesk.audit.api;

import io.partnerdesk.audit.domain.AuditRecord;
import io.partnerdesk.shared.SystemText;
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
                english(r.getOldValue()),
                english(r.getNewValue()));
    }

    /** A value as the API gives it: in English, whatever language its readers on the pages read. */
    private static String english(String stored) {
        return stored == null ? null : SystemText.english(stored);
    }
}
