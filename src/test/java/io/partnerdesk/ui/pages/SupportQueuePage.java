package io.partnerdesk.ui.pages;

import io.partnerdesk.testsupport.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The partner's support queue. */
public class SupportQueuePage extends SupportPages {

    public SupportQueuePage(Browser browser) {
        super(browser);
    }

    public static SupportQueuePage open(Browser browser) {
        browser.open("support/queue.xhtml");
        return new SupportQueuePage(browser);
    }

    public String list() {
        return text("requests");
    }

    /** The queue's row of the request with this title, paging forward through the queue to find it. */
    public String rowOf(String title) {
        for (int attempt = 1; ; attempt++) {
            try {
                return showPageWith(title)
                        .findElement(By.xpath("./ancestor::tr[1]"))
                        .getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                // The queue redraws itself when one of the organisation's requests changes.
                if (attempt == 5) {
                    throw e;
                }
                browser.waitForAjax();
            }
        }
    }

    /** Types into the customer filter and picks the suggestion with that name; the queue then shows its requests. */
    public SupportQueuePage chooseCustomer(String typed, String name) {
        WebElement input = browser.driver().findElement(By.id("filter-customer_input"));
        input.clear();
        input.sendKeys(typed);
        By suggestion = By.xpath("//li[contains(@class,'ui-autocomplete-item')][normalize-space(.)='" + name + "']");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(suggestion))
                .click();
        browser.waitForAjax();
        return this;
    }

    /** Types words into the search box; the queue then shows the requests that hold them. */
    public SupportQueuePage search(String words) {
        WebElement input = browser.driver().findElement(By.id("filter-words"));
        input.clear();
        input.sendKeys(words);
        input.sendKeys(org.openqa.selenium.Keys.TAB);
        browser.waitForAjax();
        return this;
    }

    /** The title column of every row on the page shown. */
    public List<String> titlesShown() {
        return browser.driver().findElements(By.cssSelector("#requests tbody tr .pd-request-link")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The customer column of every row on the page shown. */
    public List<String> customersShown() {
        return browser.driver().findElements(By.cssSelector("#requests tbody tr td:nth-child(3)")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The severity column of every row on the page shown. */
    public List<String> severitiesShown() {
        return browser.driver().findElements(By.cssSelector("#requests tbody tr td:nth-child(5)")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The choice a filter menu shows (its label), e.g. {@code filter-severity}. */
    public String chosen(String filter) {
        return browser.driver().findElement(By.id(filter + "_label")).getText();
    }

    public SupportRequestPage openRequest(String title) {
        showPageWith(title).click();
        browser.waitForAjax();
        return new SupportRequestPage(browser);
    }

    private WebElement showPageWith(String title) {
        for (int page = 1; page <= 50; page++) {
            List<WebElement> links = browser.driver().findElements(By.linkText(title));
            if (!links.isEmpty()) {
                return links.get(0);
            }
            List<WebElement> next = browser.driver()
                    .findElements(By.cssSelector("#requests .ui-paginator-next:not(.ui-state-disabled)"));
            if (next.isEmpty()) {
                break;
            }
            next.get(0).click();
            browser.waitForAjax();
        }
        throw new AssertionError("The queue has no request titled '" + title + "': " + list());
    }
}
