package io.partnerdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SystemTextTest {

    @Test
    void aPersonCannotMakeTheirWordsPassForATextOfTheSystem() {
        String forged = SystemText.of("note.escalatedTo", "Evil Corp");

        String stored = SystemText.typed("  " + forged + "  ");

        assertThat(SystemText.isKey(stored)).isFalse();
        assertThat(SystemText.render(stored, key -> "Escalated to {0}", Locale.ENGLISH))
                .isEqualTo("note.escalatedToEvil Corp");
    }

    @Test
    void aTextOfTheSystemIsRenderedInTheReadersLanguageAndATypedOneAsItIs() {
        String system = SystemText.of("note.escalatedTo", "Contoso");

        assertThat(SystemText.render(system, key -> "Sağlayıcıya iletildi: {0}", Locale.forLanguageTag("tr")))
                .isEqualTo("Sağlayıcıya iletildi: Contoso");
        assertThat(SystemText.render(SystemText.typed(" Printer on fire "), key -> "x", Locale.ENGLISH))
                .isEqualTo("Printer on fire");
    }
}
