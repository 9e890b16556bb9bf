package io.partnerdesk.ui.pages;

import io.partnerdesk.testsupport.Browser;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

    /**
     * Picks an item of a PrimeFaces select-one menu by its label, as a user would: the menu is brought to the middle
     * of the window first (PrimeFaces closes an open menu when the window scrolls), the item is scrolled into view
     * inside the open list (never the window), and the menu must show the chosen label afterwards.
     */
    protected void choose(String menuId, String label) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
        By item = By.cssSelector(
                "#" + menuId.replace(":", "\\:") + "_items li[data-label='" + label.replace("'", "\\'") + "']");
        By shown = By.id(menuId + "_label");
        for (int attempt = 1; ; attempt++) {
            js.executeScript("arguments[0].scrollIntoView({block: 'center'})", find(menuId));
            find(menuId).click();
            try {
                WebElement option = wait.until(ExpectedConditions.visibilityOfElementLocated(item));
                // Scroll the open list only: scrolling the window would make PrimeFaces close the menu.
                js.executeScript(
                        "var list = arguments[0].closest('.ui-selectonemenu-items-wrapper');"
                                + " if (list) { list.scrollTop = arguments[0].offsetTop - list.clientHeight / 2; }",
                        option);
                wait.until(ExpectedConditions.elementToBeClickable(option)).click();
                browser.waitForAjax();
                new WebDriverWait(browser.driver(), Duration.ofSeconds(3))
                        .until(ExpectedConditions.textToBe(shown, label));
                return;
            } catch (org.openqa.selenium.TimeoutException
                    | org.openqa.selenium.ElementNotInteractableException notChosen) {
                if (attempt == 3) {
                    throw new AssertionError("The menu " + menuId + " shows '"
                            + browser.driver().findElement(shown).getText() + "' after choosing '" + label + "'");
                }
                js.executeScript("document.activeElement && document.activeElement.blur()");
            }
        }
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

    /**
     * The element's text. A page that redraws itself when a colleague (or the person, from another
     * page) changes the request may replace the element while it is read: it is then read again.
     */
    public String text(String id) {
        for (int attempt = 1; ; attempt++) {
            try {
                return find(id).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
                browser.waitForAjax();
            }
        }
    }
}
