package io.partnerdesk.organisation.application;

import io.partnerdesk.customer.domain.Customer;
import io.partnerdesk.customer.domain.CustomerRepository;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerRepository;
import io.partnerdesk.shared.security.GroupRoleMapping;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.shared.security.SignInRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What a directory account's groups make of it in PartnerDesk: its roles and the one organisation
 * it belongs to. Sign-in applies this rule, and so does the portal when it reads an organisation's
 * members from the directory before they have signed in, so both always agree.
 */
@ApplicationScoped
public class OrganisationMembership {

    @Inject
    GroupRoleMapping groupRoleMapping;

    @Inject
    PartnerRepository partners;

    @Inject
    CustomerRepository customers;

    /** An account's roles and its organisation: a partner for staff, a customer for a customer's admin. */
    public record Membership(Set<String> roles, Partner partner, Customer customer) {}

    /** The membership the groups give; refused with the reason when they give no usable one. */
    public Membership of(Collection<String> groups) {
        Set<String> roles = groupRoleMapping.rolesFor(groups);
        if (roles.isEmpty()) {
            throw new SignInRefused(SignInRefused.Reason.NO_ROLE, "The account has no PartnerDesk role.");
        }
        boolean staff = roles.stream().anyMatch(Role::isPartnerRole);
        boolean customerAdmin = roles.contains(Role.CUSTOMER_ADMIN);
        List<Partner> partnerOrgs = staff ? partners.findByDirectoryGroups(groups) : List.of();
        List<Customer> customerOrgs = customerAdmin ? customers.findByDirectoryGroups(groups) : List.of();
        if (partnerOrgs.size() + customerOrgs.size() == 0) {
            throw new SignInRefused(
                    SignInRefused.Reason.NO_ORGANISATION, "The account belongs to no partner or customer.");
        }
        if (partnerOrgs.size() + customerOrgs.size() > 1) {
            throw new SignInRefused(
                    SignInRefused.Reason.SEVERAL_ORGANISATIONS,
                    "The account belongs to more than one organisation; the operator of this installation can"
                            + " correct the directory groups.");
        }
        return new Membership(
                roles,
                partnerOrgs.isEmpty() ? null : partnerOrgs.get(0),
                customerOrgs.isEmpty() ? null : customerOrgs.get(0));
    }
}
