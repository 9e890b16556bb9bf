/** REST resources for the audit trail, as JSON and CSV. */
package io.partnerdesk.audit.api;
