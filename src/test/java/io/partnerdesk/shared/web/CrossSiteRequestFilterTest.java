package io.partnerdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrossSiteRequestFilterTest {

    private static final String OWN = "http://127.0.0.1:8080";
    private static final Optional<String> PUBLIC = Optional.of("https://portal.example.com:443");

    @ParameterizedTest(name = "{0} with Sec-Fetch-Site={1}, Origin={2}: refused={3}")
    @CsvSource(
            nullValues = "none",
            value = {
                // Reading never changes anything, whoever asks.
                "GET,     cross-site,  https://evil.example,         false",
                // A change from another site, told either way by the browser.
                "POST,    cross-site,  none,                         true",
                "POST,    none,        https://evil.example,         true",
                "DELETE,  none,        https://evil.example,         true",
                "POST,    none,        null,                         true",
                "POST,    none,        http://127.0.0.1:8081,        true",
                "POST,    none,        https://127.0.0.1:8080,       true",
                // The portal's own pages, as the request reached it or as people reach it.
                "POST,    same-origin, http://127.0.0.1:8080,        false",
                "POST,    none,        HTTP://127.0.0.1:8080,        false",
                "PUT,     none,        https://portal.example.com,   false",
                // A script or an API client: no browser headers at all.
                "POST,    none,        none,                         false",
                "PATCH,   none,        none,                         false",
                "POST,    none,        '',                           false",
            })
    void aChangeIsRefusedOnlyWhenABrowserSaysAnotherSiteSentIt(
            String method, String fetchSite, String origin, boolean refused) {
        assertThat(CrossSiteRequestFilter.isCrossSite(method, fetchSite, origin, OWN, PUBLIC))
                .isEqualTo(refused);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            nullValues = "none",
            value = {
                "https://portal.example.com/,        https://portal.example.com:443",
                "http://localhost:8080/,             http://localhost:8080",
                "HTTP://LocalHost,                   http://localhost:80",
                "not a url,                          none",
            })
    void theOriginOfAnAddressIsItsSchemeHostAndPort(String url, String origin) {
        assertThat(CrossSiteRequestFilter.originOf(url)).isEqualTo(Optional.ofNullable(origin));
    }

    @Test
    void aPageSaysTheRefusalInItsReadersLanguageAndTheApiInEnglish() {
        assertThat(CrossSiteRequestFilter.pageMessage(Locale.forLanguageTag("tr")))
                .isEqualTo("Bu değişiklik başka bir web sitesinden gönderildi; PartnerDesk sayfasını doğrudan açıp"
                        + " yeniden deneyin.");
        assertThat(CrossSiteRequestFilter.pageMessage(Locale.ENGLISH))
                .isEqualTo(CrossSiteRequestFilter.API_MESSAGE)
                .isEqualTo("This change was sent from another web site; open PartnerDesk itself and try again.");
    }
}
