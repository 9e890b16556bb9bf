/**
 * Support: customers' requests routed to each subscription's designated support contact, the
 * partner's queue, escalations up the chain (reseller to provider, provider to vendor), the SLA
 * clock and the notices and e-mails about all of it.
 *
 * <p>Routing happens once, when a request is opened: it goes to the subscription's support contact
 * of that moment. When the contact changes later, requests already open stay with the partner that
 * is working them (its staff have started the diagnosis and the customer talks to them); only new
 * requests go to the new contact. A handler that can no longer help escalates to its provider.
 */
package io.partnerdesk.support;
