package io.partnerdesk.shared.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks a password with the directory and hands the identity it proves to {@link SignInAccounts},
 * which makes the PartnerDesk account of it (roles, organisation) and records the sign-in.
 */
@Stateless
@PermitAll
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class.getName());

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Inject
    SignInAccounts accounts;

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
        return accounts.signedIn(username, result.getCallerGroups());
    }
}
