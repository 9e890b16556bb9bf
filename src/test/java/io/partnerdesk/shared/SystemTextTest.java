package io.partnerdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
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

    @Test
    void wordsInsideAnArgumentAreWrittenInTheReadersLanguageAndCannotBeTyped() {
        Locale turkish = Locale.forLanguageTag("tr");
        String hours = SystemText.list(List.of(
                SystemText.word("support.day.MON") + " 09:00-18:00",
                SystemText.word("support.day.TUE") + " 09:00-12:00"));
        String stored = SystemText.of("audit.value.webhook", "https://hooks.example", hours);

        assertThat(SystemText.render(stored, SystemText.patterns(turkish), turkish, ZoneOffset.UTC))
                .isEqualTo("https://hooks.example [Pazartesi 09:00-18:00, Salı 09:00-12:00]");
        assertThat(SystemText.english(stored))
                .isEqualTo("https://hooks.example [Monday 09:00-18:00, Tuesday 09:00-12:00]");
        assertThat(SystemText.english(SystemText.typed(SystemText.word("support.day.MON"))))
                .isEqualTo("support.day.MON");
    }
}
