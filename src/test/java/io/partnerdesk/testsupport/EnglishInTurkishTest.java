package io.partnerdesk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The check for English in Turkish text finds what a Turkish reader would stumble on, and only that. */
class EnglishInTurkishTest {

    @Test
    void findsEnglishWordsCodesAndRawMoments() {
        assertThat(EnglishInTurkish.in("Siz açtıktan sonra bu subscription başka biri tarafından değiştirildi."))
                .containsExactly("subscription");
        assertThat(EnglishInTurkish.in("destek sağlayıcıya geri döndü (relationship removed)"))
                .containsExactlyInAnyOrder("relationship", "removed");
        assertThat(EnglishInTurkish.in("Durum artık IN_PROGRESS; abonelik ACTIVE"))
                .contains("IN_PROGRESS", "ACTIVE");
        assertThat(EnglishInTurkish.in("Bu davetin süresi 2026-12-01T10:00:00Z tarihinde doldu."))
                .containsExactly("2026-12-01T10:00");
    }

    @Test
    void leavesTurkishNamesAddressesAndTechnicalTokensAlone() {
        assertThat(EnglishInTurkish.in("Contoso’nun Microsoft 365 Business Standard aboneliği için not eklendi."))
                .isEmpty();
        assertThat(EnglishInTurkish.in(
                        "https://hooks.example.com/partnerdesk/events adresine, support@contoso.example"))
                .isEmpty();
        assertThat(EnglishInTurkish.in(
                        "issues[0].status değeri \"sunny\" bir hizmet durumu değil; `healthOverviews` eksik"))
                .isEmpty();
        assertThat(EnglishInTurkish.in("2xx ile yanıt vermeyen bir adres")).isEmpty();
    }
}
