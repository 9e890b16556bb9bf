/** Page beans for the partners pages and the support offering page. */
package io.partnerdesk.partner.ui;
