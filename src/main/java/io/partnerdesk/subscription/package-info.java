/** Subscriptions, the product catalogue and designated support contacts. */
package io.partnerdesk.subscription;
