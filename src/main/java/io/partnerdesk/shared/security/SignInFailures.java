package io.partnerdesk.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Announces failed sign-ins ({@link SignInFailed}); the feature that keeps the operator's audit log
 * records them, so the sign-in mechanics here know nothing of organisations or audit records.
 */
@ApplicationScoped
public class SignInFailures {

    public static final String ACTION = "SIGN_IN_FAILED";

    /** The audit record's actor column holds 100 characters; a typed name is cut to fit. */
    static final int MAX_NAME = 100;

    /** Why a sign-in failed, as the audit record says it. */
    public enum Why {
        WRONG_NAME_OR_PASSWORD,
        THROTTLED
    }

    @Inject
    Event<SignInFailed> failures;

    /** Announces one failure; the password is never passed here, so it cannot be recorded. */
    public void record(String typedName, Why why, String address) {
        failures.fire(new SignInFailed(actorOf(typedName), why, address));
    }

    /** The name as typed, without surrounding spaces and cut to the column; never empty. */
    static String actorOf(String typedName) {
        String name = typedName == null ? "" : typedName.strip();
        if (name.isEmpty()) {
            return "(empty)";
        }
        if (name.length() <= MAX_NAME) {
            return name;
        }
        // Never cut between the two halves of a character outside the Basic Multilingual Plane.
        int end = Character.isHighSurrogate(name.charAt(MAX_NAME - 1)) ? MAX_NAME - 1 : MAX_NAME;
        return name.substring(0, end);
    }
}
