package io.partnerdesk.ui.pages;

import io.partnerdesk.testsupport.Browser;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Bulk assignment of support contacts: filter, select, pick a contact, preview, apply. */
public class BulkAssignPage extends SupportPages {

    public BulkAssignPage(Browser browser) {
        super(browser);
    }

    public static BulkAssignPage open(Browser browser) {
        browser.click(By.id("menu-bulk"));
        return new BulkAssignPage(browser);
    }

    public BulkAssignPage filter(String text, int expectedRows) {
        type("bulk-form:filter", text);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#bulk-form\\:rows tbody tr"))
                                .size()
                        == expectedRows);
        browser.waitForAjax();
        return this;
    }

    public BulkAssignPage selectAllMatching() {
        click("bulk-form:select-all");
        return this;
    }

    public String selectedCount() {
        return text("bulk-form:selected-count");
    }

    public BulkAssignPage preview(String contact) {
        choose("bulk-form:contact", contact);
        click("bulk-form:dry-run");
        return this;
    }

    public BulkAssignPage apply() {
        click("bulk-form:apply");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.id("bulk-form:results")).isEmpty());
        browser.waitForAjax();
        return this;
    }

    public boolean mayApply() {
        return find("bulk-form:apply").isEnabled()
                && !find("bulk-form:apply").getAttribute("class").contains("ui-state-disabled");
    }

    /** Each line of the table (preview or results): its text. */
    public List<String> lines(String table) {
        return browser.driver().findElements(By.cssSelector("#bulk-form\\:" + table + " tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
