/** The support use cases: transactional, role-guarded, cut to the caller's organisation, audited. */
package io.partnerdesk.support.application;
