package io.partnerdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.shared.SystemText;
import io.partnerdesk.shared.events.OrganisationNotice;
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
                bundle(locale), locale, notice.key(), notice.arguments().toArray());
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

        assertThat(Messages.stored(bundle(TURKISH), TURKISH, added))
                .isEqualTo("Contoso Distribution kuruluşuna iletildi: Please look: it's {urgent}");
        assertThat(SystemText.english(added))
                .isEqualTo("Escalated to Contoso Distribution: Please look: it's {urgent}");
        assertThat(Messages.stored(bundle(TURKISH), TURKISH, "Escalated to {0}"))
                .isEqualTo("Escalated to {0}");
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
