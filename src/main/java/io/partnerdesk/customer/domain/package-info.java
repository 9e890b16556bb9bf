/** Customers, relationships and invitations with their repositories; the events this feature fires ({@link io.partnerdesk.customer.domain.ResellerLostCustomer}) and the questions it asks of the subscription feature ({@link io.partnerdesk.customer.domain.PartnerSubscriptions}). */
package io.partnerdesk.customer.domain;
