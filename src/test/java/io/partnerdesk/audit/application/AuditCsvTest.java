package io.partnerdesk.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** How the audit export writes a value into a CSV cell so that no spreadsheet runs it or splits it. */
class AuditCsvTest {

    @ParameterizedTest(name = "{0} is exported as {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Contoso Distribution|Contoso Distribution",
                "=HYPERLINK(\"http://evil\")|\"'=HYPERLINK(\"\"http://evil\"\")\"",
                "+1 555 0100|\"'+1 555 0100\"",
                "-2+3|\"'-2+3\"",
                "@SUM(A1)|\"'@SUM(A1)\"",
            })
    void aCellStartingWithAFormulaCharacterGetsAnApostropheBeforeIt(String value, String expected) {
        assertThat(AuditCsv.cell(value)).isEqualTo(expected);
    }

    static Stream<Arguments> everyFormulaLeadingCharacter() {
        return Stream.of(
                Arguments.of("equals", "=1+1", "\"'=1+1\""),
                Arguments.of("plus", "+1", "\"'+1\""),
                Arguments.of("minus", "-1", "\"'-1\""),
                Arguments.of("at", "@A1", "\"'@A1\""),
                Arguments.of("tab", "\t=1", "\"'\t'=1\""),
                Arguments.of("tab alone", "\tx", "\"'\tx\""),
                Arguments.of("carriage return", "\rx", "\"'\rx\""),
                Arguments.of("equals after leading spaces", "   =1", "   '=1"),
                Arguments.of("letter", "x=1", "x=1"),
                Arguments.of("digit", "1+1", "1+1"),
                Arguments.of("apostrophe already there", "'=1", "\"'=1\""));
    }

    @ParameterizedTest(name = "{0}: {1} is exported as {2}")
    @MethodSource("everyFormulaLeadingCharacter")
    void everyCharacterThatStartsAFormulaIsDefusedAtTheStartOfTheCell(String what, String value, String expected) {
        assertThat(AuditCsv.cell(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} is exported as {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "comma|a, b|\"a, b\"",
                "quote|say \"hi\"|\"say \"\"hi\"\"\"",
                "only a quote|\"|\"\"\"\"",
                "semicolon|a; b|\"a; b\"",
                "plain text|Support contact changed|Support contact changed",
                "empty text||''",
            })
    void aCellWithASeparatorOrAQuoteIsQuotedAndItsQuotesDoubled(String what, String value, String expected) {
        assertThat(AuditCsv.cell(value == null ? "" : value)).isEqualTo(expected == null ? "" : expected);
    }

    static Stream<Arguments> lineBreaks() {
        return Stream.of(
                Arguments.of("new line", "first\nsecond", "\"first\nsecond\""),
                Arguments.of("carriage return and new line", "first\r\nsecond", "\"first\r\nsecond\""),
                Arguments.of("trailing new line", "first\n", "\"first\n\""),
                Arguments.of("tab inside", "first\tsecond", "\"first\tsecond\""));
    }

    @ParameterizedTest(name = "{0}: quoted, so the row stays one record")
    @MethodSource("lineBreaks")
    void aCellWithALineBreakOrTabIsQuotedSoTheRowStaysOneRecord(String what, String value, String expected) {
        assertThat(AuditCsv.cell(value)).isEqualTo(expected);
    }

    static Stream<Arguments> formulasAfterASeparator() {
        return Stream.of(
                Arguments.of("comma", "Fabrikam,=cmd|' /C calc'!A0", "\"Fabrikam,'=cmd|' /C calc'!A0\""),
                Arguments.of("semicolon", "Fabrikam;=1+1", "\"Fabrikam;'=1+1\""),
                Arguments.of("tab", "Fabrikam\t@SUM(A1)", "\"Fabrikam\t'@SUM(A1)\""),
                Arguments.of("semicolon and spaces", "a;  +1", "\"a;  '+1\""),
                Arguments.of("new line", "a\n-1", "\"a\n'-1\""),
                Arguments.of("carriage return", "a\r=1", "\"a\r'=1\""),
                Arguments.of("semicolon, then a tab as the trigger", "a;\t=1", "\"a;'\t'=1\""),
                Arguments.of("pipe", "a|=1", "a|'=1"),
                Arguments.of("quote", "a\"=1", "\"a\"\"'=1\""),
                Arguments.of("nothing but leading spaces", "  =1", "  '=1"),
                Arguments.of("separator, several times", "x;=1;y,@2", "\"x;'=1;y,'@2\""),
                Arguments.of("letter (no separator)", "e-mail a=b", "e-mail a=b"),
                Arguments.of("semicolon without a trigger", "a; b", "\"a; b\""));
    }

    @ParameterizedTest(name = "after a {0}: {1} is exported as {2}")
    @MethodSource("formulasAfterASeparator")
    void aFormulaTriggerAtTheStartOfTheCellOrAfterAnySeparatorLikeCharacterIsDefused(
            String separator, String value, String expected) {
        assertThat(AuditCsv.cell(value)).isEqualTo(expected);
    }

    static Stream<Arguments> valuesThatAreNotText() {
        return Stream.of(
                Arguments.of(42L, "42"),
                Arguments.of(-42L, "\"'-42\""),
                Arguments.of(java.time.Instant.parse("2026-11-23T10:00:00Z"), "2026-11-23T10:00:00Z"));
    }

    @ParameterizedTest(name = "{0} is exported as {1}")
    @MethodSource("valuesThatAreNotText")
    void aValueThatIsNotTextIsDefusedLikeText(Object value, String expected) {
        assertThat(AuditCsv.cell(value)).isEqualTo(expected);
    }

    @Test
    void anAbsentValueIsAnEmptyCell() {
        assertThat(AuditCsv.cell(null)).isEmpty();
    }
}
