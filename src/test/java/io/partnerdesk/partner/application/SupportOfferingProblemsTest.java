package io.partnerdesk.partner.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.partnerdesk.partner.application.SupportOfferingService.OfferingInput;
import io.partnerdesk.partner.application.SupportOfferingService.WindowInput;
import io.partnerdesk.partner.domain.ContactMethod;
import io.partnerdesk.shared.BusinessException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What is wrong with a support offering that Bean Validation cannot see (windows out of order, dates
 * and time zones that do not exist, targets beyond the standard) is said in the reader's language:
 * the page's, or English in the API, whose message and details stay as they were.
 */
class SupportOfferingProblemsTest {

    private static final Locale TURKISH = Locale.forLanguageTag("tr");

    private static OfferingInput offering(List<WindowInput> weekly, List<String> holidays, int b, String timeZone) {
        return new OfferingInput(
                "help@offering.example",
                "+90 212 555 0199",
                "https://help.offering.example",
                timeZone,
                weekly,
                holidays,
                List.of(ContactMethod.EMAIL),
                "Included.",
                "Everything we sell.",
                List.of(),
                60,
                b,
                480);
    }

    private static BusinessException refusal(OfferingInput input) {
        return catchThrowableOfType(BusinessException.class, () -> SupportOfferingService.content(input));
    }

    private static final OfferingInput EVERYTHING_WRONG = offering(
            List.of(new WindowInput("MON", "18:00", "09:00"), new WindowInput("fri", "25:00", "26:00")),
            List.of("2099-12-24", "2026-13-45"),
            300,
            "Mars/Olympus");

    @Test
    void aTurkishReaderReadsEveryProblemInTurkishWithTheDayInTurkish() {
        BusinessException refused = refusal(EVERYTHING_WRONG);

        assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.localizedMessage(TURKISH))
                .isEqualTo("Bazı değerler geçerli değil: Pazartesi: başlangıç (18:00) bitişten (09:00) önce olmalı;"
                        + " Cuma 25:00-26:00 geçerli bir zaman aralığı değil;"
                        + " 2026-13-45 geçerli bir tarih değil (örneğin 2026-01-01);"
                        + " B için ilk yanıt hedefi 1 ile 240 dakika arasında olmalı;"
                        + " Mars/Olympus tanınan bir saat dilimi değil");
    }

    @Test
    void theApiReadsThemInEnglishInItsMessageAndItsDetails() {
        BusinessException refused = refusal(EVERYTHING_WRONG);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.getMessage())
                .isEqualTo(refused.localizedMessage(Locale.ENGLISH))
                .isEqualTo("Some values are not valid: Monday: 18:00 is not before 09:00;"
                        + " Friday 25:00-26:00 is not a window;"
                        + " 2026-13-45 is not a date such as 2026-01-01;"
                        + " B must be between 1 and 240 minutes;"
                        + " Mars/Olympus is not a time zone such as Europe/Istanbul");
        assertThat(refused.details())
                .containsExactly(
                        Map.of("field", "weekly", "message", "Monday: 18:00 is not before 09:00"),
                        Map.of("field", "weekly", "message", "Friday 25:00-26:00 is not a window"),
                        Map.of("field", "holidays", "message", "2026-13-45 is not a date such as 2026-01-01"),
                        Map.of("field", "responseTargetMinutes", "message", "B must be between 1 and 240 minutes"),
                        Map.of(
                                "field",
                                "timeZone",
                                "message",
                                "Mars/Olympus is not a time zone such as Europe/Istanbul"));
    }

    @Test
    void oneProblemAloneIsTheWholeReason() {
        BusinessException refused =
                refusal(offering(List.of(new WindowInput("SUN", "10:00", "24:00")), List.of(), 500, "Europe/Istanbul"));

        assertThat(refused.localizedMessage(TURKISH))
                .isEqualTo("Bazı değerler geçerli değil: B için ilk yanıt hedefi 1 ile 240 dakika arasında olmalı");
        assertThat(refused.getMessage()).isEqualTo("Some values are not valid: B must be between 1 and 240 minutes");
    }

    @Test
    void whatThePersonTypedCannotPassForATextOfTheSystem() {
        BusinessException refused =
                refusal(offering(List.of(), List.of("\u0002offering.problem.notADate\u001Eforged"), 240, "UTC"));

        assertThat(refused.localizedMessage(TURKISH))
                .isEqualTo("Bazı değerler geçerli değil: offering.problem.notADateforged geçerli bir tarih değil"
                        + " (örneğin 2026-01-01)");
    }

    @Test
    void aGoodOfferingHasNoProblem() {
        assertThat(SupportOfferingService.content(offering(
                                List.of(new WindowInput("mon", "09:00", "18:00")),
                                List.of("2026-10-29"),
                                240,
                                "Europe/Istanbul"))
                        .serviceHours()
                        .weekly())
                .hasSize(1);
    }
}
