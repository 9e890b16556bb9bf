package io.partnerdesk.partner.api;

import io.partnerdesk.partner.domain.Partner;
import java.util.UUID;

/** A partner as lists name it. */
public record PartnerRefDto(UUID id, String name, String mpnId) {

    public static PartnerRefDto of(Partner partner) {
        return partner == null ? null : new PartnerRefDto(partner.getId(), partner.getName(), partner.getMpnId());
    }
}
