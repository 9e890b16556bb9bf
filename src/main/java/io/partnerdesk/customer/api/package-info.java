/** REST resources for customers and their relationships with partners (invitations, delegated admin, removal). */
package io.partnerdesk.customer.api;
