package io.partnerdesk.shared.api;

import java.io.IOException;

/**
 * A request body stopped while it was being read: larger than its limit, or nested deeper than
 * any document of the API needs. An {@link IOException}, so that every reader of the body lets it
 * through; {@link ApiExceptionMapper} finds it in whatever the reader wrapped it in.
 */
public class BodyRefused extends IOException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final long limit;

    private BodyRefused(int status, String code, long limit) {
        super(code + " " + limit);
        this.status = status;
        this.code = code;
        this.limit = limit;
    }

    public static BodyRefused tooLarge(long limit) {
        return new BodyRefused(413, "BODY_TOO_LARGE", limit);
    }

    public static BodyRefused tooDeep(int limit) {
        return new BodyRefused(400, "BODY_TOO_DEEP", limit);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public long limit() {
        return limit;
    }
}
