/** Audit records and their repository, and the question the audit feature asks of the customer feature ({@link io.partnerdesk.audit.domain.CustomerVisibility}). */
package io.partnerdesk.audit.domain;
