package io.partnerdesk.organisation.application;

import io.partnerdesk.customer.domain.Customer;
import io.partnerdesk.customer.domain.CustomerRepository;
import io.partnerdesk.organisation.domain.DirectoryUserRepository;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerRepository;
import io.partnerdesk.shared.security.DirectoryLookup;
import io.partnerdesk.shared.security.SignInRefused;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records an organisation's members as the directory lists them now: the members of its directory
 * group whose groups give them a role and this organisation (the rule sign-in applies), and takes
 * the roles from recorded accounts that are no longer members.
 *
 * <p>Each read commits in a transaction of its own, so that a clash with another instance or a
 * sign-in recording the same account never undoes the change that needed the read. It runs on behalf
 * of whoever's change has to reach an organisation's people (a customer's admin filing a request,
 * staff, the SLA timer), hence open to all; it hands nothing back but whether the read succeeded.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OrganisationDirectoryReader {

    private static final Logger LOG = Logger.getLogger(OrganisationDirectoryReader.class.getName());

    @Inject
    DirectoryLookup directoryLookup;

    @Inject
    OrganisationMembership organisationMembership;

    @Inject
    DirectoryUserRepository directoryUsers;

    @Inject
    PartnerRepository partners;

    @Inject
    CustomerRepository customers;

    /** Reads the partner's staff; false when the directory could not be read. */
    public boolean readPartner(UUID partnerId) {
        return partners.find(partnerId)
                .map(Partner::getDirectoryGroup)
                .map(group -> read(group, partnerId, null))
                .orElse(true);
    }

    /** Reads the customer's admins; false when the directory could not be read. */
    public boolean readCustomer(UUID customerId) {
        return customers
                .find(customerId)
                .map(Customer::getDirectoryGroup)
                .map(group -> read(group, null, customerId))
                .orElse(true);
    }

    private boolean read(String group, UUID partnerId, UUID customerId) {
        List<DirectoryLookup.Member> members;
        try {
            members = directoryLookup.membersOf(group);
        } catch (DirectoryLookup.DirectoryUnavailable e) {
            LOG.log(Level.WARNING, "Keeping the members last recorded: {0}", e.getMessage());
            return false;
        }
        Set<String> current = new HashSet<>();
        for (DirectoryLookup.Member member : members) {
            OrganisationMembership.Membership membership;
            try {
                membership = organisationMembership.of(member.groups());
            } catch (SignInRefused wouldBeRefused) {
                // No role, or several organisations: sign-in refuses the account, so nobody should
                // notify it or hand it work.
                continue;
            }
            UUID memberPartner =
                    membership.partner() == null ? null : membership.partner().getId();
            UUID memberCustomer =
                    membership.customer() == null ? null : membership.customer().getId();
            if (!Objects.equals(memberPartner, partnerId) || !Objects.equals(memberCustomer, customerId)) {
                continue;
            }
            directoryUsers.recordDirectoryEntry(
                    member.username(),
                    member.displayName(),
                    member.email(),
                    memberPartner,
                    memberCustomer,
                    String.join(",", membership.roles()));
            current.add(member.username());
        }
        directoryUsers.withdrawRolesOfFormerMembers(partnerId, customerId, current);
        return true;
    }
}
