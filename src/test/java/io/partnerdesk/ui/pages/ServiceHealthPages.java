package io.partnerdesk.ui.pages;

import io.partnerdesk.testsupport.Browser;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The service health pages: the dashboard widget, the health dashboard, incidents and service management. */
public final class ServiceHealthPages {

    private ServiceHealthPages() {}

    /** The widget on the dashboard after sign-in. */
    public static List<String> troubledCustomers(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#troubled-customers li a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Whether the dashboard widget says that more customers are in trouble than it lists. */
    public static boolean saysMoreAreTroubled(Browser browser) {
        return !browser.driver()
                .findElements(By.cssSelector("[id$='more-troubled']"))
                .isEmpty();
    }

    /** {@code /servicehealth/dashboard.xhtml}, opened from the menu. */
    public static class Dashboard {
        private final Browser browser;

        public Dashboard(Browser browser) {
            this.browser = browser;
        }

        public static Dashboard openFromMenu(Browser browser) {
            browser.driver().findElement(By.id("menu-service-health")).click();
            browser.waitForAjax();
            return new Dashboard(browser);
        }

        private WebElement row(String service) {
            return browser.driver().findElement(By.xpath("//*[@data-service='" + service + "']/ancestor::tr"));
        }

        /** Imports a feed document through the page's file field (none chosen when {@code file} is null). */
        public Dashboard importFeed(java.nio.file.Path file) {
            if (file != null) {
                browser.driver()
                        .findElement(By.id("feed-file"))
                        .sendKeys(file.toAbsolutePath().toString());
            }
            browser.click(By.id("import-feed"));
            return this;
        }

        /** What the import says, errors included. */
        public String importMessages() {
            return browser.driver().findElement(By.id("import-messages")).getText();
        }

        public String statusOf(String service) {
            return row(service).findElement(By.cssSelector(".ui-tag")).getText();
        }

        public String levelOf(String service) {
            return row(service).findElement(By.cssSelector(".pd-health")).getAttribute("data-level");
        }

        public int customersUsing(String service) {
            return Integer.parseInt(row(service)
                    .findElement(By.cssSelector(".pd-customer-count"))
                    .getText());
        }

        public boolean showsChart() {
            return !browser.driver()
                    .findElements(By.cssSelector("#incident-chart canvas"))
                    .isEmpty();
        }
    }

    /** {@code /servicehealth/customer.xhtml?id=...}. */
    public static class ServiceManagement {
        private final Browser browser;

        public ServiceManagement(Browser browser) {
            this.browser = browser;
        }

        public static ServiceManagement open(Browser browser, UUID customerId) {
            browser.open("servicehealth/customer.xhtml?id=" + customerId);
            return new ServiceManagement(browser);
        }

        public String heading() {
            return browser.driver().findElement(By.tagName("h1")).getText();
        }

        public List<String> services() {
            return browser.driver().findElements(By.cssSelector(".pd-service-name")).stream()
                    .map(WebElement::getText)
                    .toList();
        }

        private WebElement row(String service) {
            return browser.driver()
                    .findElement(By.xpath(
                            "//span[contains(@class,'pd-service-name') and text()='" + service + "']/ancestor::tr"));
        }

        public String statusOf(String service) {
            return row(service).findElement(By.cssSelector(".ui-tag")).getText();
        }

        public boolean administerEnabled(String service) {
            return row(service)
                    .findElement(By.cssSelector("button.pd-administer"))
                    .isEnabled();
        }

        public String administerReason(String service) {
            return row(service)
                    .findElement(By.cssSelector(".pd-administer-reason"))
                    .getText();
        }

        public String noDelegatedAdminNotice() {
            List<WebElement> notice = browser.driver().findElements(By.id("no-delegated-admin"));
            return notice.isEmpty() ? "" : notice.get(0).getText();
        }

        public Incident openIncident(String id) {
            browser.driver()
                    .findElement(By.xpath("//a[contains(@class,'pd-open-incident') and starts-with(normalize-space(.),'"
                            + id + "')]"))
                    .click();
            browser.waitForAjax();
            return new Incident(browser);
        }
    }

    /** {@code /servicehealth/incident.xhtml?id=...}. */
    public static class Incident {
        private final Browser browser;

        public Incident(Browser browser) {
            this.browser = browser;
        }

        public String title() {
            return browser.driver().findElement(By.tagName("h1")).getText();
        }

        public String status() {
            return browser.driver().findElement(By.id("incident-status")).getText();
        }

        /** The posts' texts, newest first. */
        public List<String> timeline() {
            return browser.driver().findElements(By.cssSelector("#timeline .pd-timeline-text")).stream()
                    .map(WebElement::getText)
                    .toList();
        }

        public List<String> impactedCustomers() {
            return browser.driver().findElements(By.cssSelector("#impacted-customers a")).stream()
                    .map(WebElement::getText)
                    .toList();
        }
    }

    /** {@code /servicehealth/incidents.xhtml}. */
    public static class Incidents {
        private final Browser browser;

        public Incidents(Browser browser) {
            this.browser = browser;
        }

        public static Incidents openFromMenu(Browser browser) {
            browser.driver().findElement(By.id("menu-incidents")).click();
            browser.waitForAjax();
            return new Incidents(browser);
        }

        public List<String> ids() {
            return browser.driver().findElements(By.cssSelector("#incidents-table .pd-incident-link")).stream()
                    .map(WebElement::getText)
                    .toList();
        }

        /** Types into the customer filter and picks the suggestion with that name. */
        public Incidents chooseCustomer(String typed, String name) {
            WebElement input = browser.driver().findElement(By.id("customer-filter_input"));
            input.clear();
            input.sendKeys(typed);
            By suggestion =
                    By.xpath("//li[contains(@class,'ui-autocomplete-item')][normalize-space(.)='" + name + "']");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.elementToBeClickable(suggestion))
                    .click();
            browser.waitForAjax();
            return this;
        }

        public String chosenCustomer() {
            return browser.driver().findElement(By.id("customer-filter_input")).getAttribute("value");
        }

        public Incidents show(String label) {
            browser.driver()
                    .findElement(By.xpath("//*[@id='status-filter']//label[normalize-space(.)='" + label + "']"))
                    .click();
            browser.waitForAjax();
            return this;
        }
    }
}
