/** Notices and how their messages are stored. */
package io.partnerdesk.notification.domain;
