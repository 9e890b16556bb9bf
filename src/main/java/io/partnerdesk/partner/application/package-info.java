/** Use cases of partners and reseller partnerships: listing, inviting, accepting, ending. */
package io.partnerdesk.partner.application;
