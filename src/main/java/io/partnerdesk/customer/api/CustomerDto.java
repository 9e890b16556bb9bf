package io.partnerdesk.customer.api;

import io.partnerdesk.customer.domain.Customer;
import io.partnerdesk.customer.domain.CustomerRelationship;
import io.partnerdesk.customer.domain.RelationshipState;
import java.time.Instant;
import java.util.UUID;

/** A customer with the caller's relationship to it. */
public record CustomerDto(
        UUID id, String companyName, String domain, String country, UUID tenantId, RelationshipDto relationship) {

    /** The caller's relationship with the customer. */
    public record RelationshipDto(RelationshipState state, boolean delegatedAdmin, Instant delegatedAdminExpiresAt) {
        static RelationshipDto of(CustomerRelationship r) {
            return new RelationshipDto(r.getState(), r.isDelegatedAdmin(), r.getDelegatedAdminExpiresAt());
        }
    }

    public static CustomerDto of(CustomerRelationship relationship) {
        Customer c = relationship.getCustomer();
        return new CustomerDto(
                c.getId(),
                c.getCompanyName(),
                c.getDomain(),
                c.getCountry(),
                c.getTenantId(),
                RelationshipDto.of(relationship));
    }
}
