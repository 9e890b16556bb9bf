package io.partnerdesk.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest
    @CsvSource({"''"})
    void anAbsentValueIsAnEmptyCell(String ignored) {
        assertThat(AuditCsv.cell(null)).isEmpty();
    }
}
