package io.partnerdesk.organisation.domain;

import io.partnerdesk.customer.domain.Customer;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerKind;
import java.io.Serializable;
import java.util.UUID;

/** A partner or a customer as the operator sees it: what it is called and which directory group names its people. */
public record Organisation(
        UUID id, OrganisationType type, String name, PartnerKind kind, String directoryGroup, boolean operator)
        implements Serializable {

    public static Organisation of(Partner partner) {
        return new Organisation(
                partner.getId(),
                OrganisationType.PARTNER,
                partner.getName(),
                partner.getKind(),
                partner.getDirectoryGroup(),
                partner.isOperator());
    }

    public static Organisation of(Customer customer) {
        return new Organisation(
                customer.getId(),
                OrganisationType.CUSTOMER,
                customer.getCompanyName(),
                null,
                customer.getDirectoryGroup(),
                false);
    }
}
