package io.partnerdesk.organisation.application;

import io.partnerdesk.customer.domain.Customer;
import io.partnerdesk.organisation.domain.DirectoryUserRepository;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.shared.security.DirectoryLookup;
import io.partnerdesk.shared.security.SignInAccounts;
import io.partnerdesk.shared.security.SignedInAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Makes a PartnerDesk account of a directory identity: maps its groups to roles, finds the one
 * organisation it belongs to (the partner or customer whose directory group it is a member of) and
 * records the sign-in, in the transaction of the sign-in service that asks.
 */
@ApplicationScoped
public class OrganisationAccounts implements SignInAccounts {

    @Inject
    OrganisationMembership organisationMembership;

    @Inject
    DirectoryLookup directoryLookup;

    @Inject
    DirectoryUserRepository directoryUsers;

    @Override
    public SignedInAccount signedIn(String username, Set<String> groups) {
        OrganisationMembership.Membership membership = organisationMembership.of(groups);
        Set<String> roles = membership.roles();
        Partner partner = membership.partner();
        Customer customer = membership.customer();
        DirectoryLookup.Person person =
                directoryLookup.find(username).orElse(new DirectoryLookup.Person(username, null));
        directoryUsers.recordSignIn(
                username,
                person.displayName(),
                person.email(),
                partner == null ? null : partner.getId(),
                customer == null ? null : customer.getId(),
                String.join(",", roles),
                Instant.now());
        return new SignedInAccount(
                username,
                person.displayName(),
                roles,
                partner == null ? null : partner.getId(),
                customer == null ? null : customer.getId());
    }

    @Override
    public Optional<SignedInAccount> recorded(String username, Set<String> roles) {
        return directoryUsers
                .find(username)
                .map(u ->
                        new SignedInAccount(username, u.getDisplayName(), roles, u.getPartnerId(), u.getCustomerId()));
    }
}
