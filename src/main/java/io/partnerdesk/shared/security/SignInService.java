package io.partnerdesk.shared.security;

import io.partnerdesk.customer.domain.Customer;
import io.partnerdesk.partner.domain.Partner;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Instant;
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
    OrganisationMembership organisationMembership;

    @Inject
    DirectoryLookup directoryLookup;

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
}
