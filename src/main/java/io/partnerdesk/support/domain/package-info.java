/**
 * Support requests (a customer to its subscription's support contact), service requests (a
 * partner to the vendor), the support-topic catalogue and the SLA clock, with their repositories.
 */
package io.partnerdesk.support.domain;
