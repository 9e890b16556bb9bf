/** REST resources for a customer's subscriptions and their support contacts, the catalogue, bulk assignment and the customer's view of its support contacts. */
package io.partnerdesk.subscription.api;
