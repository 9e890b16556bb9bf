package io.partnerdesk.ui.pages;

import io.partnerdesk.testsupport.Browser;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The customer's support requests and the dialog that opens one. */
public class MyRequestsPage extends SupportPages {

    public MyRequestsPage(Browser browser) {
        super(browser);
    }

    public static MyRequestsPage open(Browser browser) {
        browser.open("my/requests.xhtml");
        return new MyRequestsPage(browser);
    }

    public MyRequestsPage openRequest(String subscription, String title, String description) {
        click("new-request");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("request-title")));
        choose("request-subscription", subscription);
        type("request-title", title);
        type("request-description", description);
        click("open-request");
        return this;
    }

    public String list() {
        return text("my-requests");
    }
}
