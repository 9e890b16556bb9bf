package io.partnerdesk.ui.pages;

import io.partnerdesk.ui.Browser;
import org.openqa.selenium.By;

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

    public SupportRequestPage openRequest(String title) {
        browser.driver().findElement(By.linkText(title)).click();
        browser.waitForAjax();
        return new SupportRequestPage(browser);
    }
}
