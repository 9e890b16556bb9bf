package io.partnerdesk.organisation.application;

import io.partnerdesk.customer.domain.Customer;
import io.partnerdesk.customer.domain.CustomerRepository;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerRepository;
import io.partnerdesk.shared.security.CurrentUser;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.shared.security.SignedInAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/** The signed-in person and the organisation they belong to. */
@Stateless
@RolesAllowed({
    Role.GLOBAL_ADMIN,
    Role.ADMIN_AGENT,
    Role.HELPDESK_AGENT,
    Role.SALES_AGENT,
    Role.USER_MANAGEMENT_ADMIN,
    Role.CUSTOMER_ADMIN
})
public class AccountService {

    @Inject
    CurrentUser currentUser;

    @Inject
    PartnerRepository partners;

    @Inject
    CustomerRepository customers;

    /** Who is calling, with their organisation. */
    public Me me() {
        SignedInAccount account =
                currentUser.account().orElseThrow(() -> new IllegalStateException("No signed-in account"));
        Optional<Partner> partner = Optional.ofNullable(account.partnerId()).flatMap(partners::find);
        Optional<Customer> customer = Optional.ofNullable(account.customerId()).flatMap(customers::find);
        return new Me(account, partner.orElse(null), customer.orElse(null));
    }

    /** A signed-in account with its organisation. */
    public record Me(SignedInAccount account, Partner partner, Customer customer) {}
}
