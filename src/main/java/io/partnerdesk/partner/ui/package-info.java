/** Page beans for the partners pages. */
package io.partnerdesk.partner.ui;
