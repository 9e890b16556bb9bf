/** Recording the notices features fire with their changes, reading the latest ones, and people's own notifications. */
package io.partnerdesk.notification.application;
