/** Customers and their repository. */
package io.partnerdesk.customer.domain;
