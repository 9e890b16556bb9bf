/** The webhooks page. */
package io.partnerdesk.webhook.ui;
