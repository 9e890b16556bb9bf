package io.partnerdesk.shared.security;

import io.partnerdesk.customer.domain.Customer;
import io.partnerdesk.customer.domain.CustomerRepository;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns a directory account into a PartnerDesk account: checks the password with the directory,
 * maps its groups to roles, finds the one organisation it belongs to (the partner or customer whose
 * directory group it is a member of) and records the sign-in.
 */
@Stateless
@PermitAll
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class.getName());

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Inject
    GroupRoleMapping groupRoleMapping;

    @Inject
    DirectoryLookup directoryLookup;

    @Inject
    PartnerRepository partners;

    @Inject
    CustomerRepository customers;

    @Inject
    DirectoryUserRepository directoryUsers;

    public SignedInAccount signIn(UsernamePasswordCredential credential) {
        CredentialValidationResult result;
        try {
            result = identityStoreHandler.validate(credential);
        } catch (RuntimeException e) {
            // The identity store reports an unreachable or misconfigured directory this way.
            LOG.log(Level.WARNING, "The directory could not be reached: {0}", e.toString());
            throw new SignInRefused(SignInRefused.Reason.DIRECTORY_UNAVAILABLE, "The directory cannot be reached.");
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throw new SignInRefused(SignInRefused.Reason.INVALID_CREDENTIALS, "Wrong user name or password.");
        }
        String username = result.getCallerPrincipal().getName();
        return accountFor(username, result.getCallerGroups());
    }

    SignedInAccount accountFor(String username, Set<String> groups) {
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
                    SignInRefused.Reason.SEVERAL_ORGANISATIONS, "The account belongs to more than one organisation.");
        }
        Partner partner = partnerOrgs.isEmpty() ? null : partnerOrgs.get(0);
        Customer customer = customerOrgs.isEmpty() ? null : customerOrgs.get(0);
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
}
