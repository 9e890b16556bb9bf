/** Partners and their repository. */
package io.partnerdesk.partner.domain;
