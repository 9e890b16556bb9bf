package io.partnerdesk.shared.security;

/**
 * The directory could not answer a sign-in: unreachable, refusing TLS, or refusing the service
 * account. Thrown by {@link StartTlsIdentityStore} as the built-in LDAP identity store throws its
 * own runtime exception, so that {@link SignInService} treats both alike.
 */
public class DirectoryUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DirectoryUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
