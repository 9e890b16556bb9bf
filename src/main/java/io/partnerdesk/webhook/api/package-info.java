/** The webhooks' REST resource. */
package io.partnerdesk.webhook.api;
