package io.partnerdesk.shared.api;

import java.util.List;

/** Every list the API answers: the total and one page of items. */
public record ListResult<T>(long totalCount, List<T> items) {

    public static <T> ListResult<T> of(List<T> items) {
        return new ListResult<>(items.size(), items);
    }
}
