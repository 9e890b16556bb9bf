package io.partnerdesk.ui.pages;

import io.partnerdesk.testsupport.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The dashboard after signing in, with the template's top bar (language switch, sign out). */
public class DashboardPage {

    private final Browser browser;

    public DashboardPage(Browser browser) {
        this.browser = browser;
    }

    public String greeting() {
        return browser.driver().findElement(By.id("greeting")).getText();
    }

    public String organisation() {
        return browser.driver().findElement(By.id("organisation-name")).getText();
    }

    public List<String> roles() {
        return browser.driver().findElements(By.cssSelector("#roles li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public String signedInUser() {
        return browser.driver().findElement(By.id("signed-in-user")).getText();
    }

    public DashboardPage switchLanguageTo(String language) {
        browser.driver()
                .findElement(By.cssSelector("#language-switch a[lang='" + language + "']"))
                .click();
        browser.waitForAjax();
        return this;
    }

    /** The number the support card shows for a figure (e.g. {@code work-severity-A}). */
    public long figure(String id) {
        return Long.parseLong(browser.driver()
                .findElement(By.cssSelector("#" + id + " .pd-figure-value"))
                .getText()
                .trim());
    }

    /** Follows a figure of the support card to the queue behind it. */
    public SupportQueuePage openFigure(String id) {
        browser.click(By.id(id));
        return new SupportQueuePage(browser);
    }

    public String signOutLabel() {
        return browser.driver().findElement(By.id("sign-out")).getText();
    }

    public LoginPage signOut() {
        browser.driver().findElement(By.id("sign-out")).click();
        browser.waitForAjax();
        return new LoginPage(browser);
    }
}
