package io.partnerdesk.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

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
                "a, b|\"a, b\"",
                "say \"hi\"|\"say \"\"hi\"\"\"",
            })
    void cellsAreQuotedAndFormulasDefused(String value, String expected) {
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

    @ParameterizedTest
    @CsvSource({"''"})
    void anAbsentValueIsAnEmptyCell(String ignored) {
        assertThat(AuditCsv.cell(null)).isEmpty();
    }
}
