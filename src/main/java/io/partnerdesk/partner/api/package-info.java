/** REST resources for the caller's partner, its reseller partnerships and its support offering. */
package io.partnerdesk.partner.api;
