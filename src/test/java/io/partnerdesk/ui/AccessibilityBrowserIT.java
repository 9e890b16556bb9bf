package io.partnerdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.testsupport.Accessibility;
import io.partnerdesk.testsupport.Api;
import io.partnerdesk.testsupport.BrowserFixture;
import io.partnerdesk.testsupport.Demo;
import io.partnerdesk.testsupport.EnglishInTurkish;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Every page, as each kind of person sees it and in both languages, has nothing that axe-core finds
 * against WCAG 2.1 levels A and AA, and says which language it is in; in Turkish, no word of it is
 * English (but for names and what people typed).
 */
class AccessibilityBrowserIT extends BrowserFixture {

    private static final List<String> LANGUAGES = List.of("en", "tr");

    @Test
    void theSignInAndErrorPagesMeetWcag21AA() {
        assertThat(check(List.of("login.xhtml", "no-such-page.xhtml", "login.xhtml?next=/support/queue.xhtml")))
                .isEmpty();
    }

    @Test
    void theProvidersAdminPagesMeetWcag21AA() {
        browser.signIn("alice");
        assertThat(check(List.of(
                        "index.xhtml",
                        "customers/list.xhtml",
                        "customers/detail.xhtml?id=" + Demo.TAILSPIN,
                        "partners/list.xhtml",
                        "subscriptions/support-contact.xhtml?customer=" + Demo.TAILSPIN + "&subscription="
                                + Demo.TAILSPIN_BUSINESS_STANDARD,
                        "subscriptions/bulk.xhtml",
                        "servicehealth/dashboard.xhtml",
                        "servicehealth/incidents.xhtml",
                        "servicehealth/incident.xhtml?id=" + Demo.EXCHANGE_INCIDENT,
                        "servicehealth/customer.xhtml?id=" + Demo.TAILSPIN,
                        "support/offering.xhtml",
                        "audit/list.xhtml",
                        "admin/organisations.xhtml",
                        "support/sla-report.xhtml",
                        "webhooks/list.xhtml")))
                .isEmpty();
    }

    @Test
    void theHelpdeskPagesMeetWcag21AA() {
        String request = openedByTom();
        // Filed with the vendor under the Azure topic.
        Api.Response filed = api.send(
                "POST",
                "hana",
                "api/v1/supportrequests/" + request + "/escalations",
                "{\"level\":\"VENDOR\",\"serviceRequest\":{\"type\":\"TECHNICAL\",\"supportTopicId\":"
                        + "\"70000000-0000-4000-8000-000000000008\",\"productId\":\"" + Demo.AZURE_PLAN
                        + "\",\"title\":\"Virtual machines will not start\",\"description\":"
                        + "\"Every start fails with an allocation error.\",\"severity\":\"B\"}}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String serviceRequest = filed.json().getString("id");
        browser.signIn("hana");
        assertThat(check(List.of(
                        "index.xhtml",
                        "support/queue.xhtml",
                        "support/request.xhtml?id=" + request,
                        "support/servicerequests.xhtml",
                        "support/servicerequest.xhtml?id=" + serviceRequest,
                        "support/servicerequest-new.xhtml?customer=" + Demo.TAILSPIN)))
                .isEmpty();
    }

    @Test
    void theResellersPagesMeetWcag21AA() {
        browser.signIn("fiona");
        assertThat(check(List.of(
                        "index.xhtml",
                        "customers/list.xhtml",
                        "partners/list.xhtml",
                        "partners/accept.xhtml?token=" + UUID.randomUUID(),
                        "support/offering.xhtml",
                        "support/queue.xhtml",
                        "audit/list.xhtml")))
                .isEmpty();
    }

    @Test
    void theCustomersPagesMeetWcag21AA() {
        String request = openedByTom();
        browser.signIn("tom");
        assertThat(check(List.of(
                        "index.xhtml",
                        "my/support.xhtml",
                        "my/requests.xhtml",
                        "my/request.xhtml?id=" + request,
                        "my/accept.xhtml?token=" + UUID.randomUUID())))
                .isEmpty();
    }

    @Test
    void fromTheKeyboardTheSkipLinkComesFirstAndEveryDashboardFigureIsReachedWithAVisibleFocus() {
        browser.signIn("hana");
        browser.open("index.xhtml");
        WebDriver driver = browser.driver();
        JavascriptExecutor script = (JavascriptExecutor) driver;

        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement skip = driver.switchTo().activeElement();
        assertThat(skip.getAttribute("class")).contains("pd-skip-link");
        assertThat(skip.getRect().getX())
                .as("the skip link shows when it has the focus")
                .isNotNegative();
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("content");

        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 60 && !reached.contains("work-unassigned"); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            String id = focused.getAttribute("id");
            reached.add(id);
            if (id != null && id.startsWith("work-")) {
                Object ring = script.executeScript(
                        "const s = getComputedStyle(arguments[0]);"
                                + " return s.outlineStyle !== 'none' && s.outlineWidth !== '0px' || s.boxShadow !== 'none';",
                        focused);
                assertThat(ring).as("a visible focus on " + id).isEqualTo(true);
            }
        }
        assertThat(reached)
                .contains(
                        "work-severity-A",
                        "work-severity-B",
                        "work-severity-C",
                        "work-due-soon",
                        "work-late",
                        "work-mine",
                        "work-unassigned");
    }

    @Test
    void noTableCellIsCutOffOnTheAuditLogOrTheCustomersSupportPage() {
        openedByTom();
        browser.signIn("alice");
        browser.open("audit/list.xhtml");
        assertThat(cutOffCells())
                .as("cells of the audit log whose text does not fit")
                .isEmpty();
        browser.signIn("tom");
        browser.open("my/support.xhtml");
        assertThat(cutOffCells())
                .as("cells of the support page whose text does not fit")
                .isEmpty();
    }

    /** The text of every table cell on the page whose content is wider than the cell shows. */
    private List<?> cutOffCells() {
        return (List<?>) ((JavascriptExecutor) browser.driver())
                .executeScript("return Array.from(document.querySelectorAll('.ui-datatable tbody td'))"
                        + ".filter(td => td.scrollWidth > td.clientWidth + 1)"
                        + ".map(td => td.innerText.substring(0, 80));");
    }

    /** A request of tom's on Tailspin's Azure plan, which Contoso supports. */
    private String openedByTom() {
        Api.Response opened = api.send(
                "POST",
                "tom",
                "api/v1/customer/supportrequests",
                "{\"subscriptionId\":\"" + Demo.TAILSPIN_AZURE_PLAN + "\",\"title\":\"Virtual machines will"
                        + " not start\",\"description\":\"Every start since this morning fails.\","
                        + "\"severity\":\"B\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().getString("id");
    }

    /**
     * Opens each page in each language and gathers what axe finds, any page whose root element does
     * not name the language it is in, and the English on each Turkish page.
     */
    private List<String> check(List<String> paths) {
        List<String> found = new ArrayList<>();
        for (String language : LANGUAGES) {
            browser.open("language?to=" + language + "&next=/login.xhtml");
            for (String path : paths) {
                browser.open(path);
                String where = "[" + language + "] " + path + ": ";
                Object lang =
                        ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.lang");
                if (!language.equals(lang)) {
                    found.add(where + "the page says its language is '" + lang + "'");
                }
                Accessibility.violations(browser.driver()).forEach(v -> found.add(where + v));
                if (language.equals("tr")) {
                    List<String> english = EnglishInTurkish.onPage(browser.driver());
                    if (!english.isEmpty()) {
                        found.add(where + "English on the Turkish page: " + english);
                    }
                }
            }
        }
        return found;
    }
}
