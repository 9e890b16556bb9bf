package io.partnerdesk.shared.security;

import java.util.Optional;
import java.util.Set;

/**
 * What the sign-in mechanics ask of the organisation feature, which knows partners, customers and
 * the people recorded for them: the account a directory identity becomes. The mechanics (this
 * package) check passwords and keep sessions; the organisation feature implements this interface,
 * so that the mechanics never read a partner or a customer themselves.
 */
public interface SignInAccounts {

    /**
     * The account of a person whose password the directory accepted, from their groups: their roles
     * and the one organisation they belong to, recorded as signed in now.
     *
     * @throws SignInRefused when the groups give no role, no organisation or more than one
     */
    SignedInAccount signedIn(String username, Set<String> groups);

    /**
     * The account recorded for a person the container already knows (a caller whose request carries
     * no sign-in of this portal's mechanism), with the roles the container grants them.
     */
    Optional<SignedInAccount> recorded(String username, Set<String> roles);
}
