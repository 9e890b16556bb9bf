package io.partnerdesk.shared.security;

import io.partnerdesk.shared.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The person behind the current request: their account as it was at sign-in. Services cut every
 * query to {@link #partnerId()} or {@link #customerId()}.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    HttpServletRequest request;

    @Inject
    SignInAccounts accounts;

    private SignedInAccount account;

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public Optional<SignedInAccount> account() {
        if (account == null) {
            Principal principal = securityContext.getCallerPrincipal();
            if (principal == null) {
                return Optional.empty();
            }
            account = fromRequest()
                    .or(() -> PortalAuthenticationMechanism.sessionAccount(request))
                    .orElseGet(() -> fromDirectoryUser(principal.getName()));
        }
        return Optional.ofNullable(account);
    }

    private Optional<SignedInAccount> fromRequest() {
        try {
            return Optional.ofNullable(
                    (SignedInAccount) request.getAttribute(PortalAuthenticationMechanism.ACCOUNT_ATTRIBUTE));
        } catch (IllegalStateException noRequest) {
            return Optional.empty();
        }
    }

    private SignedInAccount fromDirectoryUser(String username) {
        return accounts.recorded(username, rolesHeld()).orElse(null);
    }

    private Set<String> rolesHeld() {
        Set<String> roles = new TreeSet<>();
        for (String role : Role.ALL) {
            if (securityContext.isCallerInRole(role)) {
                roles.add(role);
            }
        }
        return roles;
    }

    public String getUsername() {
        return account().map(SignedInAccount::username).orElse(null);
    }

    public String getDisplayName() {
        return account().map(SignedInAccount::displayName).orElse(null);
    }

    public Set<String> getRoles() {
        return account().map(SignedInAccount::roles).orElse(Set.of());
    }

    public boolean hasRole(String role) {
        return getRoles().contains(role);
    }

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** The caller's partner organisation; refused for anyone who is not partner staff. */
    public UUID requirePartnerId() {
        return partnerId().orElseThrow(() -> BusinessException.forbidden("NOT_A_PARTNER"));
    }

    /** The caller's customer; refused for anyone who is not a customer's admin. */
    public UUID requireCustomerId() {
        return customerId().orElseThrow(() -> BusinessException.forbidden("NOT_A_CUSTOMER_ADMIN"));
    }

    /** The caller's partner organisation, if they are partner staff. */
    public Optional<UUID> partnerId() {
        return account().map(SignedInAccount::partnerId);
    }

    /** The caller's customer, if they are a customer's admin. */
    public Optional<UUID> customerId() {
        return account().map(SignedInAccount::customerId);
    }

    /**
     * Who is calling, for an incident's log line: the user and their organisation ("user hana,
     * partner …"), or "not signed in". Never fails: a log line must not add a second failure.
     */
    public String describeForLog() {
        try {
            if (!isSignedIn()) {
                return "not signed in";
            }
            String organisation = partnerId()
                    .map(id -> "partner " + id)
                    .or(() -> customerId().map(id -> "customer " + id))
                    .orElse("no organisation");
            return "user " + getUsername() + ", " + organisation;
        } catch (RuntimeException unknown) {
            return "caller unknown";
        }
    }
}
