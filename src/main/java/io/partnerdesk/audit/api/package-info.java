/** REST resources for the audit trail, as JSON and CSV, of the organisation and of one customer. */
package io.partnerdesk.audit.api;
