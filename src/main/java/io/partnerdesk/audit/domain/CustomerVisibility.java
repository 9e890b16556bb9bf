package io.partnerdesk.audit.domain;

import java.util.UUID;

/**
 * Whether a partner may see a customer at all, asked before a customer's audit trail is read. The
 * customer feature answers it (it depends on the audit feature, so the question travels through this
 * interface rather than an import).
 */
public interface CustomerVisibility {

    /** True when the partner has a relationship with the customer. */
    boolean isVisibleTo(UUID partnerId, UUID customerId);
}
