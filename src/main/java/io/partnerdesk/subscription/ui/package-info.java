/** Page beans for a customer's subscriptions, the support contact, bulk assignment and the customer's support pages. */
package io.partnerdesk.subscription.ui;
