/** REST resources for the catalogue, bulk assignment and the customer's support contacts. */
package io.partnerdesk.subscription.api;
