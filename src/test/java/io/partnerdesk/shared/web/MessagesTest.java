package io.partnerdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.shared.SystemText;
import io.partnerdesk.shared.events.OrganisationNotice;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Locale TURKISH = Locale.forLanguageTag("tr");

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("i18n.messages", locale);
    }

    private static String rendered(OrganisationNotice notice, Locale locale) {
        return Messages.format(
                bundle(locale),
                locale,
                ZoneOffset.UTC,
                notice.key(),
                notice.arguments().toArray());
    }

    private static OrganisationNotice reversion(String why) {
        return OrganisationNotice.toPartner(
                UUID.randomUUID(),
                null,
                "notice.supportContactReverted",
                "Microsoft 365 E3",
                "Tailspin Toys",
                "Fabrikam Solutions",
                "Contoso Distribution",
                why);
    }

    @Test
    void aTurkishReaderSeesTheReasonOfAReversionInTurkish() {
        OrganisationNotice notice = reversion(SystemText.of("reversion.partnershipEnded"));

        assertThat(rendered(notice, TURKISH))
                .isEqualTo("Tailspin Toys için Microsoft 365 E3: destek Fabrikam Solutions kuruluşundan"
                        + " Contoso Distribution kuruluşuna geri döndü (iş ortaklığı sona erdi).");
    }

    @Test
    void anEnglishReaderSeesItInEnglish() {
        OrganisationNotice notice = reversion(SystemText.of("reversion.delegatedAdminExpired"));

        assertThat(rendered(notice, Locale.ENGLISH))
                .isEqualTo("Microsoft 365 E3 of Tailspin Toys: support went back from Fabrikam Solutions to"
                        + " Contoso Distribution (delegated admin expired).");
    }

    @Test
    void aReasonStoredAsTextBeforeReasonsWereKeysIsShownAsItIs() {
        OrganisationNotice notice = reversion("relationship removed");

        assertThat(rendered(notice, TURKISH)).endsWith("geri döndü (relationship removed).");
    }

    @Test
    void aNoteThePortalAddedIsRenderedInTheReadersLanguageAndAPersonsNoteAsWritten() {
        String added = SystemText.of("note.escalatedToWithNote", "Contoso Distribution", "Please look: it's {urgent}");

        assertThat(Messages.stored(bundle(TURKISH), TURKISH, ZoneOffset.UTC, added))
                .isEqualTo("Contoso Distribution kuruluşuna iletildi: Please look: it's {urgent}");
        assertThat(SystemText.english(added))
                .isEqualTo("Escalated to Contoso Distribution: Please look: it's {urgent}");
        assertThat(Messages.stored(bundle(TURKISH), TURKISH, ZoneOffset.UTC, "Escalated to {0}"))
                .isEqualTo("Escalated to {0}");
    }

    @Test
    void aMomentADayAStatusAndASizeAreWrittenInTheReadersLanguageAndTimeZone() {
        Instant expired = Instant.parse("2026-12-01T10:00:00Z");
        ResourceBundle english = bundle(Locale.ENGLISH);
        ResourceBundle turkish = bundle(TURKISH);

        assertThat(Messages.format(english, Locale.ENGLISH, ZoneOffset.UTC, "my.requests.expectedBy", expired))
                .isEqualTo("expected by Dec 1, 2026, 10:00 AM UTC");
        assertThat(Messages.format(turkish, TURKISH, ZoneId.of("Europe/Istanbul"), "my.requests.expectedBy", expired))
                .isEqualTo("en geç 1 Ara 2026 13:00 GMT+3 tarihinde bekleniyor");
        // Kept in a notice, the moment is still written for each reader when shown.
        OrganisationNotice kept =
                OrganisationNotice.toPartner(UUID.randomUUID(), null, "my.requests.expectedBy", expired);
        assertThat(rendered(kept, TURKISH)).isEqualTo("en geç 1 Ara 2026 10:00 UTC tarihinde bekleniyor");

        assertThat(SystemText.argument(LocalDate.of(2026, 12, 25), key -> null, TURKISH, ZoneOffset.UTC))
                .isEqualTo("25 Ara 2026");
        assertThat(SystemText.argument(YearMonth.of(2026, 11), key -> null, TURKISH, ZoneOffset.UTC))
                .isEqualTo("Kasım 2026");
        assertThat(Messages.format(
                        turkish, TURKISH, ZoneOffset.UTC, "support.attachments.tooLarge", SystemText.size(1572864)))
                .isEqualTo("Dosya 1,5 MB boyutundan büyük.");
        assertThat(Messages.format(
                        english, Locale.ENGLISH, ZoneOffset.UTC, "support.attachments.tooLarge", SystemText.size(300)))
                .isEqualTo("The file is larger than 300 bytes.");
        String status = SystemText.word("support.status.IN_PROGRESS");
        assertThat(Messages.format(turkish, TURKISH, ZoneOffset.UTC, "notice.request.statusChanged", "VM", status))
                .doesNotContain("IN_PROGRESS")
                .contains(turkish.getString("support.status.IN_PROGRESS"));
    }

    @Test
    void everyReasonAndNoteKeyHasATurkishText() {
        for (String key : new String[] {
            "reversion.relationshipRemoved",
            "reversion.partnershipEnded",
            "reversion.delegatedAdminExpired",
            "reversion.delegatedAdminGivenUp",
            "reversion.delegatedAdminRevokedByCustomer",
            "note.escalatedBy",
            "note.escalatedTo",
            "note.escalatedToWithNote"
        }) {
            assertThat(bundle(TURKISH).getString(key))
                    .isNotEqualTo(bundle(Locale.ROOT).getString(key));
        }
    }
}
