package io.partnerdesk.audit.application;

import io.partnerdesk.audit.domain.AuditRecord;
import io.partnerdesk.audit.domain.AuditRepository;
import io.partnerdesk.audit.domain.CustomerVisibility;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.Page;
import io.partnerdesk.shared.security.CurrentUser;
import io.partnerdesk.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reading the audit trail of the caller's organisation. */
@Stateless
public class AuditService {

    /** The most records one CSV export holds. */
    public static final int MAX_EXPORT = 50_000;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditRepository records;

    @Inject
    CustomerVisibility customers;

    /** One page of audit records, newest first. */
    @RolesAllowed({Role.GLOBAL_ADMIN, Role.USER_MANAGEMENT_ADMIN})
    public Page<AuditRecord> search(Instant from, Instant to, String filter, int offset, int size) {
        AuditRepository.Query query = new AuditRepository.Query(currentUser.requirePartnerId(), null, from, to, filter);
        return new Page<>(records.count(query), records.page(query, offset, size));
    }

    /** One page of audit records, newest first, without counting them all again. */
    @RolesAllowed({Role.GLOBAL_ADMIN, Role.USER_MANAGEMENT_ADMIN})
    public List<AuditRecord> pageOnly(Instant from, Instant to, String filter, int offset, int size) {
        return records.page(
                new AuditRepository.Query(currentUser.requirePartnerId(), null, from, to, filter), offset, size);
    }

    /** How many audit records of the caller's organisation match. */
    @RolesAllowed({Role.GLOBAL_ADMIN, Role.USER_MANAGEMENT_ADMIN})
    public long count(Instant from, Instant to, String filter) {
        return records.count(new AuditRepository.Query(currentUser.requirePartnerId(), null, from, to, filter));
    }

    /** The audit of one customer, for those who may read the audit log. */
    @RolesAllowed({Role.GLOBAL_ADMIN, Role.USER_MANAGEMENT_ADMIN})
    public Page<AuditRecord> ofCustomer(UUID customerId, int offset, int size) {
        UUID partnerId = currentUser.requirePartnerId();
        if (!customers.isVisibleTo(partnerId, customerId)) {
            throw BusinessException.notFound("customer", customerId);
        }
        AuditRepository.Query query = new AuditRepository.Query(partnerId, customerId, null, null, null);
        return new Page<>(records.count(query), records.page(query, offset, size));
    }
}
