/** Registering webhooks, writing a delivery for each event they receive, and sending them. */
package io.partnerdesk.webhook.application;
