package io.partnerdesk.shared.security;

/**
 * A sign-in that failed, announced to whoever keeps the record of it (the operator's audit log).
 * It carries the name as typed, already trimmed and cut to fit, and never the password.
 */
public record SignInFailed(String actor, SignInFailures.Why why, String address) {}
