package io.partnerdesk.ui.pages;

import io.partnerdesk.testsupport.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The login page: user name, password, sign in, and what it says when that fails. */
public class LoginPage {

    private final Browser browser;

    public LoginPage(Browser browser) {
        this.browser = browser;
    }

    public static LoginPage open(Browser browser) {
        browser.open("login.xhtml");
        return new LoginPage(browser);
    }

    public DashboardPage signInAs(String username, String password) {
        submit(username, password);
        return new DashboardPage(browser);
    }

    public LoginPage signInExpectingRefusal(String username, String password) {
        submit(username, password);
        return this;
    }

    private void submit(String username, String password) {
        WebElement user = browser.driver().findElement(By.id("username"));
        user.clear();
        user.sendKeys(username);
        WebElement pass = browser.driver().findElement(By.id("password"));
        pass.clear();
        pass.sendKeys(password);
        browser.driver().findElement(By.id("sign-in")).click();
        browser.waitForAjax();
    }

    public String errorMessage() {
        return browser.driver().findElement(By.id("login-messages")).getText();
    }

    public String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    public boolean showsSignedOutNotice() {
        return !browser.driver().findElements(By.id("signed-out")).isEmpty();
    }

    public String fieldMessageFor(String field) {
        return browser.driver()
                .findElement(By.cssSelector("[data-target='" + field + "']"))
                .getText();
    }

    public void submitEmpty() {
        browser.driver().findElement(By.id("sign-in")).click();
    }
}
