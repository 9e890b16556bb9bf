/** Queries over partners and customers alike, for the operator's view of every organisation. */
package io.partnerdesk.organisation.domain;
