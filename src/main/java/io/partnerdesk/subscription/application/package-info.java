/** Use cases of subscriptions and support contacts, including bulk assignment; reverting support contacts when a partnership, relationship or delegated admin ends; the answers to what partners and customers ask about subscriptions. */
package io.partnerdesk.subscription.application;
