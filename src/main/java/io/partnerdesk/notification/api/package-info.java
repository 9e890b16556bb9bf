/** The REST API of the caller's own notifications. */
package io.partnerdesk.notification.api;
