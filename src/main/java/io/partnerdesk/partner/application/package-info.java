/** Use cases of partners, reseller partnerships (listing, inviting, accepting, ending) and the support offering. */
package io.partnerdesk.partner.application;
