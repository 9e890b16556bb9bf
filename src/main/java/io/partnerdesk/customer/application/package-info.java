/** Use cases of customers and relationships: listing, adding, invitations, removal, delegated admin; and the answer to the audit feature's question which customers a partner may see. */
package io.partnerdesk.customer.application;
