/** The audit trail of every change a person makes. */
package io.partnerdesk.audit;
