package io.partnerdesk.ui.pages;

import io.partnerdesk.ui.Browser;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the support pages have in common: PrimeFaces menus, buttons, confirmations and messages. */
abstract class SupportPages {

    protected final Browser browser;

    SupportPages(Browser browser) {
        this.browser = browser;
    }

    protected WebElement find(String id) {
        return browser.driver().findElement(By.id(id));
    }

    protected void type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }

    protected void click(String id) {
        find(id).click();
        browser.waitForAjax();
    }

    /** Picks an item of a PrimeFaces select-one menu by its label. */
    protected void choose(String menuId, String label) {
        find(menuId).click();
        WebElement item = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("#" + menuId + "_items li[data-label='" + label.replace("'", "\\'") + "']")));
        item.click();
        browser.waitForAjax();
    }

    /** Presses a button that asks for confirmation, and confirms. */
    protected void clickAndConfirm(String id) {
        find(id).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")))
                .click();
        browser.waitForAjax();
    }

    public String messages() {
        return browser.driver().findElements(By.cssSelector(".ui-messages")).stream()
                .map(WebElement::getText)
                .reduce("", (a, b) -> a + b);
    }

    public String text(String id) {
        return find(id).getText();
    }
}
