/** E-mail through Jakarta Mail, sent after the change that causes it has committed. */
package io.partnerdesk.notification.mail;
