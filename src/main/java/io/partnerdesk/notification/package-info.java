/** In-app notices to organisations. */
package io.partnerdesk.notification;
