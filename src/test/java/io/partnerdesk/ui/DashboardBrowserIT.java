package io.partnerdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.testsupport.Api;
import io.partnerdesk.testsupport.BrowserFixture;
import io.partnerdesk.ui.pages.DashboardPage;
import io.partnerdesk.ui.pages.LoginPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * What each kind of person finds on the dashboard in the morning, on the demo data, in English and
 * in Turkish (the screenshots are kept under target/screenshots): the helpdesk its queue, a
 * provider's admin its support contacts, expiring privileges and invitations, a customer's admin
 * its open requests and who supports it today.
 */
class DashboardBrowserIT extends BrowserFixture {

    private boolean shown(String id) {
        return !browser.driver().findElements(By.id(id)).isEmpty();
    }

    private void shotInBothLanguages(String name) {
        DashboardPage dashboard = new DashboardPage(browser);
        browser.screenshot("dashboard-" + name + "-en");
        dashboard.switchLanguageTo("tr");
        browser.screenshot("dashboard-" + name + "-tr");
        dashboard.switchLanguageTo("en");
    }

    @Test
    void theProvidersGlobalAdminSeesSupportContactsExpiringPrivilegesAndWaitingInvitations() {
        LoginPage.open(browser).signInAs("alice", Api.PASSWORD);

        assertThat(browser.text(By.id("support-contacts"))).contains("Contoso Distribution");
        assertThat(browser.text(By.id("invitations-card"))).contains("Wingtip Partners", "invited");
        assertThat(browser.text(By.id("expiring-card"))).contains("Delegated admin privileges ending within 30 days");
        assertThat(shown("support-work")).as("a global admin works support too").isTrue();
        shotInBothLanguages("provider-admin");
        assertThat(browser.text(By.id("invitations-heading"))).isEqualTo("Reseller invitations waiting");
    }

    @Test
    void theHelpdeskSeesItsQueueButNotTheAdministrationCards() {
        LoginPage.open(browser).signInAs("hana", Api.PASSWORD);

        assertThat(shown("support-work")).isTrue();
        assertThat(new DashboardPage(browser).figure("work-severity-A")).isPositive();
        assertThat(shown("support-contacts-card")).isFalse();
        assertThat(shown("my-requests-card")).isFalse();
        shotInBothLanguages("helpdesk");
    }

    @Test
    void aResellersGlobalAdminIsNotShownTheProvidersCards() {
        LoginPage.open(browser).signInAs("fiona", Api.PASSWORD);

        assertThat(shown("support-work")).isTrue();
        assertThat(shown("support-contacts-card")).isFalse();
        assertThat(shown("invitations-card")).isFalse();
    }

    @Test
    void aSalesAgentSeesNeitherTheQueueNorTheAdministrationCards() {
        LoginPage.open(browser).signInAs("sam", Api.PASSWORD);

        assertThat(shown("support-work")).isFalse();
        assertThat(shown("support-contacts-card")).isFalse();
    }

    @Test
    void aCustomersAdminSeesOpenRequestsAndWhoSupportsThemToday() {
        LoginPage.open(browser).signInAs("tom", Api.PASSWORD);

        assertThat(Long.parseLong(browser.text(By.cssSelector("#my-open-requests .pd-figure-value"))))
                .isPositive();
        String contacts = browser.text(By.id("my-contacts"));
        assertThat(contacts).contains("Contoso Distribution");
        assertThat(contacts).containsAnyOf("Open now", "Closed now", "No service hours today", "Closed today");
        assertThat(shown("support-work")).isFalse();
        shotInBothLanguages("customer-admin");
        browser.click(By.id("my-open-requests"));
        assertThat(browser.driver().getCurrentUrl()).contains("/my/requests.xhtml");
    }
}
