/** The people recorded for each organisation (directory users) and queries over partners and customers alike. */
package io.partnerdesk.organisation.domain;
