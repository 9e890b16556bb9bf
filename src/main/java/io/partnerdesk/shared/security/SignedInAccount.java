package io.partnerdesk.shared.security;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/**
 * Who is signed in: their directory name, the roles their groups grant and the one organisation
 * (a partner or a customer) they belong to.
 */
public record SignedInAccount(String username, String displayName, Set<String> roles, UUID partnerId, UUID customerId)
        implements Serializable {

    public SignedInAccount {
        roles = Set.copyOf(roles);
    }

    public boolean isPartnerStaff() {
        return partnerId != null;
    }

    public boolean isCustomerAdmin() {
        return customerId != null;
    }
}
