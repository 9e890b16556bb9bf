package io.partnerdesk.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListResultTest {

    /** An item that cannot be hashed: a list's hash code must not reach its items. */
    private record Unhashable(String name) {
        @Override
        public int hashCode() {
            throw new AssertionError("the items of a list were hashed");
        }
    }

    @Test
    void theHashCodeOfAListNeverHashesItsItems() {
        ListResult<Unhashable> page = new ListResult<>(120, List.of(new Unhashable("a"), new Unhashable("b")), "next");

        assertThat(page.hashCode())
                .isEqualTo(new ListResult<>(120, List.of(new Unhashable("c"), new Unhashable("d"))).hashCode());
    }

    @Test
    void equalListsStillHaveEqualHashCodesAndDifferentOnesMostlyDiffer() {
        ListResult<String> one = new ListResult<>(3, List.of("a", "b", "c"));

        assertThat(one).isEqualTo(new ListResult<>(3, List.of("a", "b", "c")));
        assertThat(one.hashCode()).isEqualTo(new ListResult<>(3, List.of("a", "b", "c")).hashCode());
        assertThat(one).isNotEqualTo(new ListResult<>(3, List.of("a", "b", "d")));
        assertThat(one.hashCode()).isNotEqualTo(new ListResult<>(4, List.of("a", "b", "c")).hashCode());
    }
}
