package io.partnerdesk.ui.pages;

import io.partnerdesk.testsupport.Browser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The files of a request, on the partner's request page and on the customer's. */
public class AttachmentsSection extends SupportPages {

    public AttachmentsSection(Browser browser) {
        super(browser);
    }

    /**
     * Chooses a file in the upload, as a person picking it in the file dialog does, and waits until the
     * upload is done: the file is listed, or a message says why not.
     */
    public AttachmentsSection upload(Path file) {
        String before = shown();
        browser.driver()
                .findElement(By.cssSelector("#attachment-upload input[type=file]"))
                .sendKeys(file.toString());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> !shown().equals(before));
        browser.waitForAjax();
        return this;
    }

    /** The list and the upload's messages, which an upload's answer replaces. */
    private String shown() {
        return browser.driver().findElement(By.id("attachment-list")).getText() + "|"
                + browser.driver().findElement(By.id("attachment-messages")).getText();
    }

    public List<String> fileNames() {
        for (int attempt = 1; ; attempt++) {
            try {
                return browser.driver().findElements(By.cssSelector("#attachment-list .pd-file-name")).stream()
                        .map(WebElement::getText)
                        .toList();
            } catch (StaleElementReferenceException e) {
                // The list is being redrawn.
                if (attempt == 5) {
                    throw e;
                }
                browser.waitForAjax();
            }
        }
    }

    public String list() {
        return text("attachment-list");
    }

    public String uploadMessages() {
        return text("attachment-messages");
    }

    /**
     * Fetches the file's link in the page's session, as a click would, and answers what came back:
     * {@code status}, {@code disposition}, {@code nosniff}, {@code policy} and the bytes' {@code length}.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> download(String fileName) {
        String href = browser.driver()
                .findElement(By.xpath("//a[contains(@class,'pd-file-name')][normalize-space()='" + fileName + "']"))
                .getAttribute("href");
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done({status: r.status,"
                                + " disposition: r.headers.get('Content-Disposition'),"
                                + " nosniff: r.headers.get('X-Content-Type-Options'), policy: r.headers.get('Content-Security-Policy'),"
                                + " length: b.byteLength})));",
                        href);
    }
}
