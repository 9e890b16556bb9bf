/** REST resources for the caller's partner and its reseller partnerships. */
package io.partnerdesk.partner.api;
