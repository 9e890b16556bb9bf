package io.partnerdesk.shared.api;

import io.partnerdesk.shared.BusinessException;

/** The {@code offset} and {@code size} of a list request, checked: size 1..500, default 50. */
public record Paging(int offset, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public static Paging of(Integer offset, Integer size) {
        int o = offset == null ? 0 : offset;
        int s = size == null ? DEFAULT_SIZE : size;
        if (o < 0) {
            throw new BusinessException(400, "INVALID_PAGING", "offset must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new BusinessException(400, "INVALID_PAGING", "size must be between 1 and " + MAX_SIZE);
        }
        return new Paging(o, s);
    }
}
