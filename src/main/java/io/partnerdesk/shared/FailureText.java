package io.partnerdesk.shared;

/** A failure told in one line, without a stack trace, from the deepest cause of its chain. */
public final class FailureText {

    private FailureText() {}

    /** For the log: the deepest cause's type and message, at most 500 characters. */
    public static String describe(Throwable failure) {
        Throwable root = root(failure);
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        String text = root.getClass().getName() + message;
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    /** For a public answer: the deepest cause's type alone. */
    public static String kind(Throwable failure) {
        return root(failure).getClass().getSimpleName();
    }

    private static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
