package io.partnerdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageServletTest {

    @ParameterizedTest(name = "after switching language, {0} leads to {1}")
    @CsvSource({
        "/index.xhtml, /index.xhtml",
        "'/customers/list.xhtml?filter=a&page=2', '/customers/list.xhtml?filter=a&page=2'",
        "//evil.example/phish, /",
        "https://evil.example/, /",
        "'/\\evil.example', /",
        "javascript:alert(1), /",
        "'', /",
    })
    void goesBackOnlyToPagesOfThePortal(String next, String expected) {
        assertThat(LanguageServlet.safeNext(next)).isEqualTo(expected);
    }
}
