/** Sending notices with a change and reading the latest ones. */
package io.partnerdesk.notification.application;
