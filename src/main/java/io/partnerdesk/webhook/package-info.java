/**
 * Webhooks: a partner's global admin registers addresses that receive signed events about the
 * organisation's own objects (its subscriptions' support contact, its support requests) and about
 * service incidents. Features announce changes with {@code shared.events.OrganisationEvent}; this
 * feature writes a delivery per receiving webhook in the change's transaction and sends it after the
 * commit, retrying with growing delays for a day.
 */
package io.partnerdesk.webhook;
