package io.partnerdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.partnerdesk.testsupport.Api;
import io.partnerdesk.testsupport.BrowserFixture;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The webhooks page as a partner's global admin uses it: a refused address says why next to the
 * field, a registered webhook shows its secret once, its deliveries show what the receiver (on
 * loopback, which the embedded run allows) answered, and deleting asks first.
 */
class WebhooksBrowserIT extends BrowserFixture {

    /** Tom's Exchange subscription, which Contoso supports. */
    private static final String TOMS_SUBSCRIPTION = "f0000000-0000-4000-8000-000000000002";

    private HttpServer receiver;
    private final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            received.add(exchange.getRequestURI().getPath());
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private void type(String id, String text) {
        browser.driver().findElement(By.id(id)).clear();
        browser.driver().findElement(By.id(id)).sendKeys(text);
    }

    @Test
    void aGlobalAdminRegistersAWebhookSeesItsDeliveriesAndDeletesItAfterConfirming() {
        browser.signIn("alice");
        browser.click(By.id("menu-webhooks"));
        assertThat(browser.driver().getCurrentUrl()).contains("webhooks/list.xhtml");

        browser.click(By.id("webhook-form:webhook-register"));
        assertThat(browser.text(By.id("webhook-form:webhook-url-message"))).contains("Enter the address");
        assertThat(browser.text(By.id("webhook-form:webhook-events-message"))).contains("at least one event");

        type("webhook-form:webhook-url", "https://10.0.0.1/events");
        browser.click(By.cssSelector("label[for='webhook-form:webhook-events:1']"));
        browser.click(By.id("webhook-form:webhook-register"));
        browser.screenshot("webhooks-01-private-address-refused");
        assertThat(browser.text(By.id("webhook-form:webhook-url-message")))
                .contains("https://10.0.0.1/events", "private");

        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/browser";
        type("webhook-form:webhook-url", url);
        browser.click(By.id("webhook-form:webhook-register"));
        browser.screenshot("webhooks-02-secret-shown-once");
        String secret = browser.driver().findElement(By.id("webhook-secret")).getAttribute("value");
        assertThat(secret).matches("[0-9a-f]{64}");
        assertThat(browser.text(By.id("webhooks-form:webhooks-table"))).contains(url, "A support request arrived");
        assertThat(browser.driver().findElements(By.xpath("//*[contains(@class, 'ui-messages-info-summary')]")))
                .as("the registration is confirmed once")
                .hasSize(1);
        browser.click(By.id("secret-form:secret-done"));
        assertThat(browser.driver().findElements(By.id("webhook-secret"))).isEmpty();

        Api.Response opened = api.send(
                "POST",
                "tom",
                "api/v1/customer/supportrequests",
                ("{\"subscriptionId\":\"%s\",\"title\":\"Webhook page\",\"description\":\"Mail is late.\","
                                + "\"severity\":\"C\"}")
                        .formatted(TOMS_SUBSCRIPTION));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> received.contains("/browser"));

        browser.click(By.id("webhooks-form:webhooks-table:0:show-deliveries"));
        browser.screenshot("webhooks-03-deliveries");
        assertThat(browser.text(By.id("deliveries-form:deliveries-table")))
                .contains("A support request arrived", "Delivered", "HTTP 204");

        browser.click(By.id("webhooks-form:webhooks-table:0:delete"));
        assertThat(browser.text(By.cssSelector(".ui-confirm-dialog"))).contains("Delete the webhook for " + url);
        browser.click(By.id("webhooks-form:confirm-no"));
        assertThat(browser.text(By.id("webhooks-form:webhooks-table"))).contains(url);
        browser.click(By.id("webhooks-form:webhooks-table:0:delete"));
        browser.click(By.id("webhooks-form:confirm-yes"));
        browser.screenshot("webhooks-04-deleted");
        assertThat(browser.text(By.id("webhooks-form:webhooks-messages"))).contains("is deleted");
        assertThat(browser.text(By.id("webhooks-form:webhooks-table"))).contains("No webhook yet");
        assertThat(browser.text(By.id("webhooks-form"))).contains("An organisation can have up to 10 webhooks.");
        assertThat(browser.driver().findElements(By.id("deliveries-form:deliveries-table")))
                .isEmpty();
    }

    @Test
    void staffOtherThanGlobalAdminsAreNeitherOfferedNorShownThePage() {
        browser.signIn("hana");

        assertThat(browser.driver().findElements(By.id("menu-webhooks"))).isEmpty();
        browser.open("webhooks/list.xhtml");
        assertThat(browser.driver().findElements(By.id("webhook-form"))).isEmpty();
    }
}
