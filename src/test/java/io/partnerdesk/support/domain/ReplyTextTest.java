package io.partnerdesk.support.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.notification.application.UserNotifications;
import io.partnerdesk.shared.SystemText;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A reply by e-mail keeps what the person wrote and loses what their mail program quoted. */
class ReplyTextTest {

    @Test
    void theQuoteAndWhatIntroducesItAreCutOff() {
        assertThat(ReplyText.of("Restarted the connector, mail flows again.\r\n\r\n"
                        + "On Thu, 3 Dec 2026 at 10:00, PartnerDesk <support@partner.example> wrote:\r\n"
                        + "> ## Reply above this line to add a note to the request ##\r\n> New note"))
                .isEqualTo("Restarted the connector, mail flows again.");
        assertThat(ReplyText.of(
                        "Teşekkürler, düzeldi.\n\n3 Ara 2026 Per 10:00 tarihinde PartnerDesk şunu yazdı:\n> ..."))
                .isEqualTo("Teşekkürler, düzeldi.");
        assertThat(ReplyText.of("Fixed.\n\n-----Original Message-----\nFrom: PartnerDesk\nSubject: x"))
                .isEqualTo("Fixed.");
        assertThat(ReplyText.of("Fixed.\n________________________________\nFrom: PartnerDesk <a@b>\nSent: today"))
                .isEqualTo("Fixed.");
        assertThat(ReplyText.of("Thanks,\nAna\n-- \nAna Ruiz, Tailspin Toys\n+1 555 0100"))
                .isEqualTo("Thanks,\nAna");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "tr"})
    void textAboveTheMarkerOfEitherLanguageIsKeptWhateverComesAfterIt(String language) {
        String marker =
                SystemText.message(UserNotifications.REPLY_MARKER_KEY, Locale.forLanguageTag(language), ZoneOffset.UTC);
        assertThat(marker).startsWith("## ").endsWith(" ##");

        assertThat(ReplyText.of("Line one\nLine two\n\n" + marker + "\nThe notification"))
                .isEqualTo("Line one\nLine two");
        assertThat(ReplyText.of("> only a quote")).isEmpty();
        assertThat(ReplyText.of(null)).isEmpty();
    }
}
