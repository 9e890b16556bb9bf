/** Customers, their relationships with partners, invitations and delegated admin privileges. */
package io.partnerdesk.customer;
