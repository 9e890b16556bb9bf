package io.partnerdesk.audit.domain;

import io.partnerdesk.shared.persistence.Totals;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Makes the remembered totals of audit records (the audit log of each organisation the record names) count again when one is written. */
public class AuditRecordTotals {

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(AuditRecord record) {
        Totals.inContainer().changed(Totals.Kind.AUDIT_RECORDS, record.getPartnerId(), record.getRelatedPartnerId());
    }
}
