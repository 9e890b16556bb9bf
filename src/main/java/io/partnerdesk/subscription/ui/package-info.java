/** Page beans for the support contact, bulk assignment and customer support pages. */
package io.partnerdesk.subscription.ui;
