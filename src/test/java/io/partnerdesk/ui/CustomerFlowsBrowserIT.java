package io.partnerdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.shared.Dates;
import io.partnerdesk.testsupport.Api;
import io.partnerdesk.testsupport.Browser;
import io.partnerdesk.testsupport.BrowserFixture;
import io.partnerdesk.testsupport.Demo;
import io.partnerdesk.ui.pages.SupportContactPage;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The main flows of customers and support contacts in a real browser: hana assigns a reseller as
 * support contact (assign, review, close), tom reads his support page, lena accepts a relationship
 * invitation. Each test puts the demo data back as it found it.
 */
class CustomerFlowsBrowserIT extends BrowserFixture {

    private static final String CONTACT_PATH = "api/v1/customers/" + Demo.TAILSPIN + "/subscriptions/"
            + Demo.TAILSPIN_BUSINESS_STANDARD + "/supportcontact";

    @AfterEach
    void close() {
        api.send("PUT", "alice", CONTACT_PATH, "{\"partnerId\":\"" + Demo.CONTOSO + "\"}");
    }

    @Test
    void hanaMakesFabrikamTheSupportContactOfTailspinsBusinessStandard() {
        browser.signIn("hana");
        browser.click(By.id("menu-customers"));
        browser.driver().findElement(By.id("customers-form:filter")).sendKeys("tailspin");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> d.findElements(By.linkText("Tailspin Toys")).size() == 1
                        && d.findElements(By.cssSelector("#customers-form\\:customers-table tbody tr"))
                                        .size()
                                == 1);
        browser.screenshot("10-customers");
        browser.click(By.linkText("Tailspin Toys"));
        browser.screenshot("11-customer-tailspin");
        WebElement row = browser.driver().findElements(By.cssSelector("tr")).stream()
                .filter(tr -> tr.getText().contains("Microsoft 365 Business Standard"))
                .findFirst()
                .orElseThrow();
        row.findElement(By.cssSelector("[id$='change-contact'] a, a[id$='change-contact']"))
                .click();
        browser.waitForAjax();

        SupportContactPage page = new SupportContactPage(browser);
        browser.screenshot("12-support-contact-choose");
        assertThat(page.isChoiceEnabled("Fabrikam Solutions")).isTrue();
        assertThat(page.isChoiceEnabled("Northwind IT")).isFalse();
        assertThat(page.isChoiceEnabled("Wingtip Partners")).isFalse();
        assertThat(page.choices())
                .anyMatch(label -> label.startsWith("Northwind IT") && label.contains("delegated admin"))
                .anyMatch(label -> label.startsWith("Wingtip Partners") && label.contains("partnership"));

        page.choose("Fabrikam Solutions").submit();
        browser.screenshot("13-support-contact-review");

        assertThat(page.previousContact()).isEqualTo("Contoso Distribution");
        assertThat(page.newContact()).isEqualTo("Fabrikam Solutions");
        page.close();
        assertThat(browser.driver().getCurrentUrl()).contains("/customers/detail.xhtml");
        assertThat(browser.driver().getPageSource()).contains("Fabrikam Solutions");
        assertThat(api.get("hana", CONTACT_PATH).json().getString("name")).isEqualTo("Fabrikam Solutions");
    }

    @Test
    void theSupportContactPageSpeaksTurkishToo() {
        browser.signIn("hana");
        browser.open("language?to=tr&next=/index.xhtml");
        SupportContactPage page = SupportContactPage.open(browser, Demo.TAILSPIN, Demo.TAILSPIN_BUSINESS_STANDARD);
        browser.screenshot("14-support-contact-tr");

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Belirlenen destek kişisi");
        assertThat(page.choices())
                .anyMatch(label -> label.startsWith("Northwind IT") && label.contains("temsilci yönetici"));

        page.choose("Fabrikam Solutions").submit();
        browser.screenshot("14b-support-contact-review-tr");

        assertThat(browser.text(By.cssSelector("h2"))).isEqualTo("Değişikliği gözden geçirin");
        assertThat(page.previousContact()).isEqualTo("Contoso Distribution");
        assertThat(page.newContact()).isEqualTo("Fabrikam Solutions");
    }

    @Test
    void tomsSupportPageAndLenasInvitationSpeakTurkish() {
        browser.signIn("tom");
        browser.open("language?to=tr&next=/my/support.xhtml");
        browser.screenshot("15b-my-support-tom-tr");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Desteğim");
        assertThat(browser.driver().findElements(By.cssSelector("#support-form\\:contacts tbody tr")))
                .hasSize(2);
        assertThat(browser.text(By.id("support-form:contacts")))
                .as("service hours with the weekdays in Turkish")
                .contains("Pzt 09:00-18:00")
                .doesNotContain("MON");

        JsonObject link = api.send(
                        "POST", "walt", "api/v1/customers/relationshiprequests", "{\"delegatedAdmin\":false}")
                .json();
        try (Browser lena = new Browser(base)) {
            lena.signIn("lena");
            lena.open("language?to=tr&next=/index.xhtml");
            lena.open(onThisPortal(link.getString("url")));
            assertThat(lena.driver().findElement(By.tagName("h1")).getText()).isEqualTo("İlişki isteği");
            assertThat(lena.text(By.id("request-text"))).contains("Wingtip Partners");
            lena.click(By.id("accept-form:accept"));
            lena.screenshot("17b-lena-accepted-tr");
            assertThat(lena.text(By.id("request-status"))).isEqualTo("Kabul edildi.");
        } finally {
            api.send("PATCH", "walt", "api/v1/customers/" + Demo.LITWARE, "{\"relationshipToPartner\":\"none\"}");
        }
    }

    @Test
    void tomSeesWhoToCallForEachSubscriptionAndHowToReachThem() {
        String contact = api.get("alice", CONTACT_PATH).json().getString("name");
        String offering = api.get("alice", "api/v1/profiles/support").body();
        LocalDate closedDay = LocalDate.now(ZoneOffset.UTC).plusDays(20);
        String holiday = closedDay.toString();
        Api.Response closed = api.send(
                "PUT",
                "alice",
                "api/v1/profiles/support",
                offering.replace("\"holidays\":[]", "\"holidays\":[\"" + holiday + "\"]"));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        try {
            browser.signIn("tom");
            browser.click(By.id("menu-my-support"));
            browser.screenshot("15-my-support-tom");

            List<String> rows =
                    browser.driver().findElements(By.cssSelector("#support-form\\:contacts tbody tr")).stream()
                            .map(WebElement::getText)
                            .toList();
            assertThat(rows).hasSize(2);
            assertThat(rows)
                    .anyMatch(r -> r.contains("Microsoft 365 Business Standard") && r.contains(contact))
                    .anyMatch(r -> r.contains("Azure plan")
                            && r.contains("support@contoso.example")
                            && r.contains("Licensing, service configuration and incidents")
                            && r.contains("A – critical: within 2 h")
                            && r.contains("C – minimal: within 8 h")
                            && r.contains("Closed on: " + Dates.date(closedDay, Locale.ENGLISH)));
            assertThat(browser.driver().getPageSource()).doesNotContain("Adventure Works");
            assertThat(browser.driver().findElements(By.id("menu-customers"))).isEmpty();
        } finally {
            api.send("PUT", "alice", "api/v1/profiles/support", offering);
        }
    }

    @Test
    void lenaAcceptsARelationshipInvitationFromWingtip() {
        JsonObject link = api.send("POST", "walt", "api/v1/customers/relationshiprequests", "{\"delegatedAdmin\":true}")
                .json();
        try {
            browser.signIn("lena");
            browser.open(onThisPortal(link.getString("url")));
            browser.screenshot("16-lena-invitation");
            assertThat(browser.text(By.id("request-text"))).contains("Wingtip Partners");
            assertThat(browser.driver().findElements(By.id("asks-delegated-admin")))
                    .hasSize(1);

            browser.click(By.id("accept-form:accept"));
            browser.screenshot("17-lena-accepted");

            assertThat(browser.text(By.id("request-status"))).isEqualTo("Accepted.");
            JsonObject litware =
                    api.get("walt", "api/v1/customers/" + Demo.LITWARE).json();
            assertThat(litware.getJsonObject("relationship").getBoolean("delegatedAdmin"))
                    .isTrue();
        } finally {
            api.send("PATCH", "walt", "api/v1/customers/" + Demo.LITWARE, "{\"relationshipToPartner\":\"none\"}");
        }
    }

    @Test
    void aSalesAgentCannotOpenTheAuditLogAndDoesNotSeeItInTheMenu() {
        browser.signIn("sam");
        assertThat(browser.driver().findElements(By.id("menu-audit"))).isEmpty();

        browser.open("audit/list.xhtml");
        browser.screenshot("18-sam-audit-403");

        assertThat(browser.text(By.id("error-title"))).isEqualTo("Not allowed");
    }

    /**
     * The linked page on the portal under test: links start with the configured public URL, which
     * is not the random address the test portal runs on.
     */
    private static String onThisPortal(String link) {
        URI uri = URI.create(link);
        assertThat(link).startsWith("http://localhost:8080/");
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
