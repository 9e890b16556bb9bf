/** Use cases of subscriptions and support contacts, including bulk assignment and reversion. */
package io.partnerdesk.subscription.application;
