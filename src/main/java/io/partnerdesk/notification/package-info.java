/** In-app notices to organisations and notifications (in the portal and by e-mail) to people. */
package io.partnerdesk.notification;
