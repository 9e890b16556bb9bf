/** Page beans of the service health pages (servicehealth/*.xhtml) and the dashboard's service health widget. */
package io.partnerdesk.servicehealth.ui;
