package io.partnerdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.testsupport.Api;
import io.partnerdesk.testsupport.BrowserFixture;
import io.partnerdesk.testsupport.Demo;
import io.partnerdesk.ui.pages.LoginPage;
import io.partnerdesk.ui.pages.ServiceHealthPages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Service health in a real browser, on the demo data and its sample feed. */
class ServiceHealthBrowserIT extends BrowserFixture {

    @Test
    void hanaChecksTailspinsServiceManagementOpensTheIncidentAndSeesItsTimeline() {
        LoginPage.open(browser).signInAs("hana", Api.PASSWORD);
        browser.screenshot("service-health-01-dashboard-widget");
        // The widget lists the first ten customers in trouble by name (the tests' shared database holds many more
        // of Contoso's customers than the demo's three) and says when there are more.
        List<String> troubled = ServiceHealthPages.troubledCustomers(browser);
        assertThat(troubled).hasSizeBetween(1, 10).isSorted();
        assertThat(ServiceHealthPages.saysMoreAreTroubled(browser)).isEqualTo(troubled.size() == 10);

        ServiceHealthPages.Dashboard health = ServiceHealthPages.Dashboard.openFromMenu(browser);
        browser.screenshot("service-health-02-dashboard");
        assertThat(health.statusOf("Exchange Online")).isEqualTo("Service degradation");
        assertThat(health.levelOf("Exchange Online")).isEqualTo("DEGRADED");
        assertThat(health.statusOf("Microsoft Teams")).isEqualTo("Operational");
        assertThat(health.customersUsing("Exchange Online")).isGreaterThanOrEqualTo(3);
        assertThat(health.showsChart()).isTrue();

        ServiceHealthPages.ServiceManagement tailspin =
                ServiceHealthPages.ServiceManagement.open(browser, Demo.TAILSPIN);
        browser.screenshot("service-health-03-tailspin-service-management");
        assertThat(tailspin.heading()).isEqualTo("Service management: Tailspin Toys");
        assertThat(tailspin.services())
                .containsExactly("Azure", "Exchange Online", "Microsoft Teams", "SharePoint Online");
        assertThat(tailspin.statusOf("Exchange Online")).isEqualTo("Service degradation");
        assertThat(tailspin.administerEnabled("Exchange Online")).isTrue();
        assertThat(tailspin.noDelegatedAdminNotice()).isEmpty();

        ServiceHealthPages.Incident incident = tailspin.openIncident(Demo.EXCHANGE_INCIDENT);
        browser.screenshot("service-health-04-incident-timeline");
        assertThat(incident.title()).isEqualTo("Some users can't send or receive email with Outlook on the web");
        assertThat(incident.status()).isEqualTo("Service degradation");
        assertThat(incident.timeline()).hasSize(3);
        assertThat(incident.timeline().get(0)).contains("reverted on 60%");
        assertThat(incident.timeline().get(2)).contains("We're investigating a potential issue");
        assertThat(incident.impactedCustomers()).contains("Tailspin Toys", "Adventure Works", "Litware Inc");

        ServiceHealthPages.ServiceManagement litware = ServiceHealthPages.ServiceManagement.open(browser, Demo.LITWARE);
        browser.screenshot("service-health-05-litware-without-delegated-admin");
        assertThat(litware.administerEnabled("Exchange Online")).isFalse();
        assertThat(litware.administerReason("Exchange Online"))
                .isEqualTo("Needs delegated admin privileges for this customer.");
        assertThat(litware.noDelegatedAdminNotice()).contains("no delegated admin privileges for Litware Inc");

        ServiceHealthPages.Incidents incidents = ServiceHealthPages.Incidents.openFromMenu(browser);
        assertThat(incidents.ids()).contains(Demo.EXCHANGE_INCIDENT).doesNotContain(Demo.TEAMS_INCIDENT);
        incidents.show("Resolved");
        browser.screenshot("service-health-06-resolved-incidents");
        assertThat(incidents.ids()).contains(Demo.TEAMS_INCIDENT).doesNotContain(Demo.EXCHANGE_INCIDENT);

        incidents.show("All").chooseCustomer("litware i", "Litware Inc");
        browser.screenshot("service-health-07-incidents-of-litware");
        assertThat(incidents.chosenCustomer()).isEqualTo("Litware Inc");
        assertThat(incidents.ids()).contains(Demo.EXCHANGE_INCIDENT).doesNotContain(Demo.TEAMS_INCIDENT);
    }

    @Test
    void aGlobalAdminsFeedUploadThatIsNoFeedIsRefusedWholeWithTheReasonNextToTheField() throws Exception {
        LoginPage.open(browser).signInAs("alice", Api.PASSWORD);
        ServiceHealthPages.Dashboard health = ServiceHealthPages.Dashboard.openFromMenu(browser);

        health.importFeed(null);
        assertThat(health.importMessages()).contains("Choose a JSON file to import.");

        Path notAFeed = Files.createTempFile(Path.of(System.getProperty("it.work.dir", "target")), "feed-", ".json");
        Files.writeString(notAFeed, "{\"value\": \"not a list of announcements\"}");
        health.importFeed(notAFeed);
        browser.screenshot("service-health-09-feed-refused");
        assertThat(health.importMessages()).contains("The service health feed was refused and nothing was imported");
        assertThat(health.statusOf("Exchange Online")).isEqualTo("Service degradation");
    }

    @Test
    void aSalesAgentHasNoServiceHealthMenuAndIsRefusedThePages() {
        LoginPage.open(browser).signInAs("sam", Api.PASSWORD);
        assertThat(browser.driver().findElements(By.id("menu-service-health"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("service-health-widget")))
                .isEmpty();

        browser.open("servicehealth/customer.xhtml?id=" + Demo.TAILSPIN);
        browser.screenshot("service-health-08-sales-agent-refused");

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        assertThat(browser.driver().getPageSource()).doesNotContain("Exchange Online");
    }
}
