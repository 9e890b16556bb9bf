package io.partnerdesk.ui.pages;

import io.partnerdesk.testsupport.Browser;
import java.util.List;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The designated support contact page: choose, submit, review, close. */
public class SupportContactPage {

    private final Browser browser;

    public SupportContactPage(Browser browser) {
        this.browser = browser;
    }

    public static SupportContactPage open(Browser browser, UUID customer, UUID subscription) {
        browser.open("subscriptions/support-contact.xhtml?customer=" + customer + "&subscription=" + subscription);
        return new SupportContactPage(browser);
    }

    /** Each choice's label and whether it can be picked. */
    public List<String> choices() {
        return browser.driver().findElements(By.cssSelector("#contact-form\\:contact label")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public boolean isChoiceEnabled(String partnerName) {
        return browser.driver().findElements(By.cssSelector("#contact-form\\:contact input[type=radio]")).stream()
                .filter(input -> browser.driver()
                        .findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"))
                        .getText()
                        .startsWith(partnerName))
                .anyMatch(WebElement::isEnabled);
    }

    public SupportContactPage choose(String partnerName) {
        for (WebElement label : browser.driver().findElements(By.cssSelector("#contact-form\\:contact label"))) {
            if (label.getText().startsWith(partnerName)) {
                label.click();
                browser.waitForAjax();
                return this;
            }
        }
        throw new IllegalArgumentException("No choice " + partnerName);
    }

    public SupportContactPage submit() {
        browser.click(By.id("contact-form:submit"));
        return this;
    }

    public String previousContact() {
        return browser.text(By.id("previous-contact"));
    }

    public String newContact() {
        return browser.text(By.id("new-contact"));
    }

    public String messages() {
        return browser.driver().findElement(By.id("contact-form:messages")).getText();
    }

    public void close() {
        browser.click(By.id("contact-form:close"));
    }
}
