package io.partnerdesk.ui.pages;

import io.partnerdesk.testsupport.Browser;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The operator's page of every organisation and its directory group. */
public class OrganisationsPage {

    private final Browser browser;

    public OrganisationsPage(Browser browser) {
        this.browser = browser;
    }

    /** Whether the menu offers the page to the signed-in person. */
    public static boolean offeredInMenu(Browser browser) {
        return !browser.driver().findElements(By.id("menu-organisations")).isEmpty();
    }

    public static OrganisationsPage openFromMenu(Browser browser) {
        browser.click(By.id("menu-organisations"));
        return new OrganisationsPage(browser);
    }

    public OrganisationsPage filter(String text) {
        WebElement filter = browser.driver().findElement(By.id("organisations-form:filter"));
        filter.clear();
        filter.sendKeys(text);
        // The table is replaced while the filter's ajax answer arrives: rows read then may be gone.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> names().stream().allMatch(n -> n.toLowerCase().contains(text.toLowerCase())));
        browser.waitForAjax();
        return this;
    }

    public List<String> names() {
        return browser
                .driver()
                .findElements(By.cssSelector("#organisations-form\\:organisations-table .pd-organisation-name"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    public List<String> groups() {
        return browser
                .driver()
                .findElements(By.cssSelector("#organisations-form\\:organisations-table .pd-directory-group"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Opens the first row's edit dialog, types the group and saves; returns the message next to the field, if any. */
    public String changeFirstTo(String group) {
        browser.click(By.id("organisations-form:organisations-table:0:edit"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("edit-form:edit-group")).isDisplayed());
        WebElement field = browser.driver().findElement(By.id("edit-form:edit-group"));
        field.clear();
        field.sendKeys(group);
        browser.click(By.id("edit-form:edit-save"));
        List<WebElement> message = browser.driver().findElements(By.id("edit-form:edit-group-message"));
        return message.isEmpty() ? "" : message.get(0).getText();
    }

    public void findConflicts() {
        browser.click(By.id("conflicts-form:find-conflicts"));
    }

    public String conflictsText() {
        return browser.text(By.id("conflicts-form:conflicts-table"));
    }
}
