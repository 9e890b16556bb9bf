/** Writing the audit trail (in the change's transaction) and reading it. */
package io.partnerdesk.audit.application;
