/** Use cases of customers and relationships: listing, adding, invitations, removal, delegated admin. */
package io.partnerdesk.customer.application;
