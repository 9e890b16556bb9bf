package io.partnerdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A download's name: always an attachment, the exact name for clients that read it, ASCII for the rest. */
class ContentDispositionTest {

    @Test
    void theExactNameIsPercentEncodedAndTheFallbackIsPlainAscii() {
        assertThat(ContentDisposition.attachment("Ekran görüntüsü (1).png"))
                .isEqualTo("attachment; filename=\"Ekran g_r_nt_s_ (1).png\"; "
                        + "filename*=UTF-8''Ekran%20g%C3%B6r%C3%BCnt%C3%BCs%C3%BC%20%281%29.png");
        assertThat(ContentDisposition.attachment("a\"b\\c*.txt"))
                .isEqualTo("attachment; filename=\"a_b_c*.txt\"; filename*=UTF-8''a%22b%5Cc%2A.txt");
    }
}
