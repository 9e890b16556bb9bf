package io.partnerdesk.shared.security;

/**
 * The directory could not answer a sign-in: unreachable, refusing TLS, or refusing the service
 * account. Thrown by {@link DirectoryIdentityStore}; {@link SignInService} answers it as "directory
 * unavailable".
 */
public class DirectoryUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DirectoryUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
