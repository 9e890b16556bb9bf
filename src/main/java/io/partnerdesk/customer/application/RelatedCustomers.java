package io.partnerdesk.customer.application;

import io.partnerdesk.audit.domain.CustomerVisibility;
import io.partnerdesk.customer.domain.RelationshipRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** A customer is visible to the partners that have a relationship with it, and to no one else. */
@ApplicationScoped
public class RelatedCustomers implements CustomerVisibility {

    @Inject
    RelationshipRepository relationships;

    @Override
    public boolean isVisibleTo(UUID partnerId, UUID customerId) {
        return relationships.findVisible(partnerId, customerId).isPresent();
    }
}
