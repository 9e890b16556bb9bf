package io.partnerdesk.audit.application;

import io.partnerdesk.audit.domain.AuditRecord;
import io.partnerdesk.audit.domain.AuditRepository;
import io.partnerdesk.shared.security.CurrentUser;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes the audit trail. Only ever called inside the transaction of the change it records
 * (MANDATORY), so a change and its record commit or roll back together.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditLog {

    /** The actor of changes the portal makes by itself (expiry checks, reversions). */
    public static final String SYSTEM = "system";

    @Inject
    AuditRepository records;

    @Inject
    CurrentUser currentUser;

    /** A change and whom it concerns. */
    public record Entry(
            String action,
            String resourceType,
            Object resourceId,
            UUID partnerId,
            UUID relatedPartnerId,
            UUID customerId,
            String oldValue,
            String newValue) {}

    public void record(Entry entry) {
        recordAs(currentUser.isSignedIn() ? currentUser.getUsername() : SYSTEM, entry);
    }

    /**
     * Records a change a person made without signing in to the portal (a reply by e-mail, matched to
     * them through the directory): {@code actor} is their user name.
     */
    public void recordAs(String actor, Entry entry) {
        records.add(new AuditRecord(
                Instant.now(),
                actor == null ? SYSTEM : actor,
                entry.partnerId(),
                entry.relatedPartnerId(),
                entry.customerId(),
                entry.action(),
                entry.resourceType(),
                String.valueOf(entry.resourceId()),
                entry.oldValue(),
                entry.newValue()));
    }
}
