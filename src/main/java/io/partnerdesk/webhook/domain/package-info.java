/** Webhooks and their deliveries. */
package io.partnerdesk.webhook.domain;
