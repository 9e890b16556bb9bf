/** Subscriptions, products, online services and the eligibility rule for support contacts. */
package io.partnerdesk.subscription.domain;
