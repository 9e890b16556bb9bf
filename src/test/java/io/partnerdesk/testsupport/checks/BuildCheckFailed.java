package io.partnerdesk.testsupport.checks;

/**
 * A check that failed: its message is all the build prints, so it carries no stack trace of its
 * own.
 */
public final class BuildCheckFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BuildCheckFailed(String message) {
        super(message, null, false, false);
    }
}
