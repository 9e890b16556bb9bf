/** Page beans for the audit log. */
package io.partnerdesk.audit.ui;
