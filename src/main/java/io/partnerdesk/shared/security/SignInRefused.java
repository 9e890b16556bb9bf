package io.partnerdesk.shared.security;

import jakarta.ejb.ApplicationException;

/** A directory account that checked out but cannot use PartnerDesk, with the reason why. */
@ApplicationException(rollback = true)
public class SignInRefused extends RuntimeException {

    /** Why an account is refused; each reason has a message of its own in the bundle. */
    public enum Reason {
        INVALID_CREDENTIALS,
        NO_ROLE,
        NO_ORGANISATION,
        SEVERAL_ORGANISATIONS,
        DIRECTORY_UNAVAILABLE
    }

    private final Reason reason;

    public SignInRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
