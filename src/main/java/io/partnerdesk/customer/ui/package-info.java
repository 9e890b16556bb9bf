/** Page beans for the customer pages and the customer admin's invitation page. */
package io.partnerdesk.customer.ui;
