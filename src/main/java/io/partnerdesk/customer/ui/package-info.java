/** Page beans for the customer pages (list, detail with its relationships and audit tabs) and the customer admin's invitation page. */
package io.partnerdesk.customer.ui;
