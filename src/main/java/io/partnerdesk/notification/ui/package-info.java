/** Page beans for the organisation's notices and the person's notifications. */
package io.partnerdesk.notification.ui;
