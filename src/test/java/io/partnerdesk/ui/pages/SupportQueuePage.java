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
        return showPageWith(title).findElement(By.xpath("./ancestor::tr[1]")).getText();
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
