/** REST resources for customers, their relationships, subscriptions and support contacts. */
package io.partnerdesk.customer.api;
