package io.partnerdesk.support.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerdesk.shared.BusinessException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueuePositionTest {

    @Test
    void aCursorLeadsBackToThePositionItWasMadeOfToTheMicrosecond() {
        QueuePosition position = new QueuePosition(
                Instant.parse("2026-12-02T10:15:30.123456Z"), Instant.parse("2026-12-02T08:00:00Z"), UUID.randomUUID());

        assertThat(QueuePosition.ofCursor(position.cursor())).isEqualTo(position);
        assertThat(position.cursor()).doesNotContain("=", "+", "/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-a-cursor", "bm90LWEtY3Vyc29y", "MjAyNi0xMi0wMlQxMDowMDowMFp8eHx5", "%%%"})
    void aCursorThePortalDidNotHandOutIsRefusedAsABadRequest(String cursor) {
        assertThatThrownBy(() -> QueuePosition.ofCursor(cursor)).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.code()).isEqualTo("INVALID_CURSOR");
        });
    }
}
