package io.partnerdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void anHttpsPublicAddressAddsStrictTransportSecurityAndASecureSessionCookie() {
        SecurityHeaders https = SecurityHeaders.forPublicUrl(Optional.of("https://partners.example.com/"));
        Map<String, String> headers = answer(https, "/index.xhtml");
        AtomicBoolean secure = new AtomicBoolean();

        SecureSessionCookie.apply(https, contextRecordingSecure(secure));

        assertThat(headers).containsEntry("Strict-Transport-Security", SecurityHeaders.HSTS);
        assertThat(secure).isTrue();
    }

    @Test
    void anHttpOrMissingPublicAddressAddsNeitherHstsNorASecureCookie() {
        for (Optional<String> url :
                java.util.List.of(Optional.of("http://localhost:8080/"), Optional.<String>empty())) {
            SecurityHeaders http = SecurityHeaders.forPublicUrl(url);
            AtomicBoolean secure = new AtomicBoolean();

            SecureSessionCookie.apply(http, contextRecordingSecure(secure));

            assertThat(answer(http, "/index.xhtml")).doesNotContainKey("Strict-Transport-Security");
            assertThat(secure).isFalse();
        }
    }

    @Test
    void pagesAndApiAnswersAreNeverStoredButStaticFilesMayBe() {
        SecurityHeaders headers = SecurityHeaders.forPublicUrl(Optional.empty());

        assertThat(answer(headers, "/customers/list.xhtml")).containsEntry("Cache-Control", "no-store");
        assertThat(answer(headers, "/api/v1/customers")).containsEntry("Cache-Control", "no-store");
        assertThat(answer(headers, "/jakarta.faces.resource/core.js.xhtml")).doesNotContainKey("Cache-Control");
        assertThat(answer(headers, "/resources/css/partnerdesk.css"))
                .doesNotContainKey("Cache-Control")
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsKey("Content-Security-Policy");
    }

    @Test
    void thePolicyAllowsNoInlineScriptOrEvalAndNoFraming() {
        String scriptSrc = directive(SecurityHeaders.POLICY, "script-src");

        assertThat(scriptSrc).isEqualTo("script-src 'self'");
        assertThat(SecurityHeaders.POLICY)
                .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'self'")
                .endsWith("script-src 'self'");
    }

    @Test
    void pagesGetTheSamePolicyFromPrimeFaces() throws Exception {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));

        assertThat(webXml)
                .contains("<param-name>primefaces.CSP_POLICY</param-name>\n        <param-value>"
                        + SecurityHeaders.POLICY + "</param-value>");
    }

    @Test
    void thePolicyPrimeFacesAddsReplacesOursInsteadOfAddingASecond() {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        HttpServletResponse response = response(headers);
        response.setHeader("Content-Security-Policy", SecurityHeaders.POLICY);

        new SecurityHeadersFilter.OnePolicy(response)
                .addHeader("Content-Security-Policy", SecurityHeaders.POLICY + " 'nonce-abc';");

        assertThat(headers).containsEntry("Content-Security-Policy", SecurityHeaders.POLICY + " 'nonce-abc';");
    }

    private static String directive(String policy, String name) {
        for (String part : policy.split(";")) {
            if (part.trim().startsWith(name + " ")) {
                return part.trim();
            }
        }
        return null;
    }

    private static Map<String, String> answer(SecurityHeaders headers, String path) {
        Map<String, String> written = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.applyTo(request(path), response(written));
        return written;
    }

    private static HttpServletRequest request(String path) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getRequestURI" -> path;
                    case "getContextPath" -> "";
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private static HttpServletResponse response(Map<String, String> headers) {
        return (HttpServletResponse) Proxy.newProxyInstance(
                SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (p, m, a) -> switch (m.getName()) {
                    case "isCommitted" -> false;
                    case "setHeader" -> headers.put((String) a[0], (String) a[1]);
                    case "addHeader" -> headers.merge((String) a[0], (String) a[1], (x, y) -> x + ", " + y);
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private static ServletContext contextRecordingSecure(AtomicBoolean secure) {
        SessionCookieConfig cookies = (SessionCookieConfig) Proxy.newProxyInstance(
                SecurityHeadersTest.class.getClassLoader(), new Class<?>[] {SessionCookieConfig.class}, (p, m, a) -> {
                    if (m.getName().equals("setSecure")) {
                        secure.set((Boolean) a[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        return (ServletContext) Proxy.newProxyInstance(
                SecurityHeadersTest.class.getClassLoader(), new Class<?>[] {ServletContext.class}, (p, m, a) -> {
                    if (m.getName().equals("getSessionCookieConfig")) {
                        return cookies;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }
}
