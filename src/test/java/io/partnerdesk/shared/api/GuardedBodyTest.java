package io.partnerdesk.shared.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GuardedBodyTest {

    @Test
    void aBodyWithinItsLimitsReadsUnchanged() throws IOException {
        String json = "{\"a\":[1,{\"b\":\"[[[{{{\"}],\"c\":\"\\\"[\"}";

        assertThat(new String(guarded(json, 1000, 3).readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo(json);
    }

    @Test
    void moreBytesThanTheLimitStopTheReading() {
        assertThatThrownBy(() -> guarded("x".repeat(101), 100, 64).readAllBytes())
                .isInstanceOfSatisfying(BodyRefused.class, refused -> {
                    assertThat(refused.status()).isEqualTo(413);
                    assertThat(refused.code()).isEqualTo("BODY_TOO_LARGE");
                });
    }

    @Test
    void nestingDeeperThanTheLimitStopsTheReading() {
        assertThatThrownBy(() -> guarded("[[[[1]]]]", 1000, 3).readAllBytes())
                .isInstanceOfSatisfying(BodyRefused.class, refused -> {
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.code()).isEqualTo("BODY_TOO_DEEP");
                });
    }

    @Test
    void bracketsInsideStringsAndAfterEscapedQuotesDoNotCount() throws IOException {
        String json = "{\"t\":\"\\\"{{{{{{\\\\\",\"u\":\"é[[[[[[\"}";

        assertThat(guarded(json, 1000, 1).readAllBytes()).hasSize(json.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void bodiesThatAreNotJsonAreOnlyCounted() throws IOException {
        InputStream body =
                new GuardedBody(new ByteArrayInputStream("[[[[[[[[".getBytes(StandardCharsets.UTF_8)), 1000, 2, false);

        assertThat(body.readAllBytes()).hasSize(8);
    }

    private static InputStream guarded(String body, long maxBytes, int maxDepth) {
        return new GuardedBody(
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), maxBytes, maxDepth, true);
    }
}
