/** Partners, reseller partnerships and support offerings with their repositories; the event this feature fires ({@link io.partnerdesk.partner.domain.PartnershipEnded}) and the question it asks of the subscription feature ({@link io.partnerdesk.partner.domain.ResellerSupport}). */
package io.partnerdesk.partner.domain;
