package io.partnerdesk.shared.api;

import java.util.List;

/**
 * Every list the API answers: the total and one page of items. Lists that grow without bound also
 * answer {@code next}, a cursor to pass as {@code after} for the page that follows (null on the last
 * page, and on lists paged by offset only).
 */
public record ListResult<T>(long totalCount, List<T> items, String next) {

    public ListResult(long totalCount, List<T> items) {
        this(totalCount, items, null);
    }

    /**
     * Consistent with the record's equals (equal results have the same total and as many items), and
     * cheap: the JSON-B implementation keeps every object it writes in a hash set while writing it (to
     * detect cycles), and a record's own hash code would hash the whole page of items, deeply, twice
     * for every list answered (a quarter of a support-request list's time in a profile).
     */
    @Override
    public int hashCode() {
        return 31 * Long.hashCode(totalCount) + items.size();
    }

    public static <T> ListResult<T> of(List<T> items) {
        return new ListResult<>(items.size(), items);
    }

    /** One page of a list that is small by nature (the partners of one customer, say). */
    public static <T> ListResult<T> page(List<T> all, Paging paging) {
        int from = Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.size(), all.size());
        return new ListResult<>(all.size(), all.subList(from, to));
    }
}
