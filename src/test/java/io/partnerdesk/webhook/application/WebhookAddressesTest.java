package io.partnerdesk.webhook.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerdesk.shared.BusinessException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookAddressesTest {

    /** A resolver that knows a few names, as DNS would answer them. */
    private static final Map<String, String> DNS = Map.of(
            "hooks.example.com", "93.184.216.34",
            "inside.example.com", "10.1.2.3",
            "rebound.example.com", "169.254.169.254",
            "localhost", "127.0.0.1");

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.getOrDefault(host, host.matches("[0-9.:\\[\\]a-f]+") ? host : null);
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address.replace("[", "").replace("]", ""))};
    }

    private final WebhookAddresses production = new WebhookAddresses(List.of(), WebhookAddressesTest::resolve);

    private Optional<WebhookAddresses.Refusal> judge(WebhookAddresses addresses, String url) {
        return addresses.judge(URI.create(url));
    }

    @Test
    void anHttpsAddressOnTheInternetIsTaken() {
        assertThat(judge(production, "https://hooks.example.com/partnerdesk/events?source=pd"))
                .isEmpty();
        assertThat(judge(production, "https://93.184.216.34:8443/events")).isEmpty();
    }

    @Test
    void plainHttpIsRefusedUnlessTheOperatorAllowsTheOrigin() {
        assertThat(judge(production, "http://hooks.example.com/events"))
                .contains(WebhookAddresses.Refusal.WEBHOOK_URL_NOT_HTTPS);

        WebhookAddresses allowing =
                new WebhookAddresses(List.of(" HTTP://hooks.example.com:8080/ "), WebhookAddressesTest::resolve);
        assertThat(judge(allowing, "http://hooks.example.com:8080/events")).isEmpty();
        assertThat(judge(allowing, "http://hooks.example.com:9090/events"))
                .as("another port of the same host")
                .contains(WebhookAddresses.Refusal.WEBHOOK_URL_NOT_HTTPS);
    }

    @Test
    void addressesInsideTheNetworkAreRefusedHoweverTheyAreWritten() {
        for (String url : List.of(
                "https://127.0.0.1/events",
                "https://localhost/events",
                "https://10.0.0.7/events",
                "https://172.16.4.1/events",
                "https://192.168.1.10/events",
                "https://169.254.169.254/latest/meta-data",
                "https://100.64.0.1/events",
                "https://0.0.0.0/events",
                "https://[::1]/events",
                "https://[fd00::1]/events",
                "https://[fe80::1]/events",
                "https://[::ffff:10.0.0.1]/events",
                "https://inside.example.com/events",
                "https://rebound.example.com/events")) {
            assertThat(judge(production, url)).as(url).contains(WebhookAddresses.Refusal.WEBHOOK_URL_PRIVATE);
        }
    }

    @Test
    void theEmbeddedRunsLoopbackOriginIsAllowedForHttpOnLoopbackOnly() {
        WebhookAddresses embedded = new WebhookAddresses(List.of("http://127.0.0.1"), WebhookAddressesTest::resolve);

        assertThat(judge(embedded, "http://127.0.0.1:18099/receiver")).isEmpty();
        assertThat(judge(embedded, "http://10.0.0.7/receiver"))
                .contains(WebhookAddresses.Refusal.WEBHOOK_URL_NOT_HTTPS);
        assertThat(judge(embedded, "https://10.0.0.7/receiver")).contains(WebhookAddresses.Refusal.WEBHOOK_URL_PRIVATE);
    }

    @Test
    void whatIsNoWebAddressOrHidesCredentialsIsRefusedAsInvalid() {
        for (String url : List.of(
                "ftp://hooks.example.com/events",
                "https://user:secret@hooks.example.com/events",
                "https://hooks.example.com/events#fragment",
                "javascript:alert(1)")) {
            assertThat(judge(production, url)).as(url).contains(WebhookAddresses.Refusal.WEBHOOK_URL_INVALID);
        }
        for (String url : List.of("", "hooks.example.com/events", "https://exa mple.com/")) {
            assertThatThrownBy(() -> production.require(url))
                    .as(url)
                    .isInstanceOfSatisfying(
                            BusinessException.class, e -> assertThat(e.code()).isEqualTo("WEBHOOK_URL_INVALID"));
        }
        assertThat(judge(production, "https://nowhere.invalid/events"))
                .contains(WebhookAddresses.Refusal.WEBHOOK_URL_UNRESOLVED);
    }
}
