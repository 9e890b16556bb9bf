/** Audit records and their repository. */
package io.partnerdesk.audit.domain;
