package io.partnerdesk.ui.pages;

import io.partnerdesk.testsupport.Browser;
import org.openqa.selenium.By;

/** One support request as the handler's staff work it. */
public class SupportRequestPage extends SupportPages {

    public SupportRequestPage(Browser browser) {
        super(browser);
    }

    public SupportRequestPage assignToMe() {
        click("assign-to-me");
        return this;
    }

    public SupportRequestPage addNote(String note) {
        return typeNote(note).submitNote();
    }

    public SupportRequestPage typeNote(String note) {
        type("new-note", note);
        return this;
    }

    public SupportRequestPage submitNote() {
        click("add-note");
        return this;
    }

    public SupportRequestPage escalateToProvider(String note) {
        type("escalation-note", note);
        clickAndConfirm("escalate-to-provider");
        return this;
    }

    /** Chooses the new status by its label and applies it, leaving the resolution as it is. */
    public SupportRequestPage changeStatus(String status) {
        choose("new-status", status);
        clickAndConfirm("change-status");
        return this;
    }

    public SupportRequestPage escalateToVendor(String topic) {
        choose("vendor-topic", topic);
        clickAndConfirm("escalate-to-vendor");
        return this;
    }

    public String assignee() {
        return text("request-assignee");
    }

    public String clock() {
        return text("request-clock");
    }

    public String notes() {
        return text("notes");
    }

    public String links() {
        return text("links");
    }

    public ServiceRequestPage openServiceRequest(String title) {
        browser.driver()
                .findElement(By.cssSelector("#links"))
                .findElement(By.linkText(title))
                .click();
        browser.waitForAjax();
        return new ServiceRequestPage(browser);
    }
}
