package io.partnerdesk.shared.security;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/** A directory account that checked out but cannot use PartnerDesk, with the reason why. */
@ApplicationException(rollback = true)
public class SignInRefused extends RuntimeException {

    /** Why an account is refused; each reason has a message of its own in the bundle. */
    public enum Reason {
        INVALID_CREDENTIALS,
        NO_ROLE,
        NO_ORGANISATION,
        SEVERAL_ORGANISATIONS,
        DIRECTORY_UNAVAILABLE,
        TOO_MANY_ATTEMPTS
    }

    private final Reason reason;
    private final Duration retryAfter;

    public SignInRefused(Reason reason, String message) {
        this(reason, message, Duration.ZERO);
    }

    public SignInRefused(Reason reason, String message, Duration retryAfter) {
        super(message);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    /** How long to wait before trying again ({@link Reason#TOO_MANY_ATTEMPTS}); zero otherwise. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds to wait, at least one, as {@code Retry-After} and the login page say it. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
