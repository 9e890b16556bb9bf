package io.partnerdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.testsupport.BrowserFixture;
import io.partnerdesk.ui.pages.OrganisationsPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The operator's organisations page, and what other organisations' admins are (not) offered. */
class OrganisationsBrowserIT extends BrowserFixture {

    @Test
    void theOperatorsUserManagementAdminSeesEveryGroupAndARefusedGroupSaysWhyNextToTheField() {
        browser.signIn("uma");
        assertThat(OrganisationsPage.offeredInMenu(browser)).isTrue();

        OrganisationsPage page = OrganisationsPage.openFromMenu(browser).filter("Fabrikam");
        browser.screenshot("organisations-01-list");

        assertThat(page.names()).containsExactly("Fabrikam Solutions");
        assertThat(page.groups()).containsExactly("org-fabrikam");
        String refusal = page.changeFirstTo("partnerdesk-customer-admins");
        browser.screenshot("organisations-02-role-group-refused");
        assertThat(refusal).contains("partnerdesk-customer-admins", "role");
        browser.open("admin/organisations.xhtml");
        assertThat(new OrganisationsPage(browser).filter("Fabrikam").groups()).containsExactly("org-fabrikam");

        page.findConflicts();
        assertThat(page.conflictsText()).contains("Nobody belongs to two organisations");
    }

    @Test
    void theOperatorsGlobalAdminIsOfferedThePageAndTheFeedUpload() {
        browser.signIn("alice");

        assertThat(OrganisationsPage.offeredInMenu(browser)).isTrue();
        browser.open("servicehealth/dashboard.xhtml");
        assertThat(browser.driver().findElements(By.id("feed-import"))).hasSize(1);
    }

    @Test
    void anotherOrganisationsGlobalAdminIsNeitherOfferedThePageNorTheFeedUpload() {
        browser.signIn("fiona");

        assertThat(OrganisationsPage.offeredInMenu(browser)).isFalse();
        browser.open("servicehealth/dashboard.xhtml");
        assertThat(browser.driver().findElements(By.id("feed-import"))).isEmpty();
        browser.open("admin/organisations.xhtml");
        assertThat(browser.text(By.id("error-title"))).isNotBlank();
        assertThat(browser.driver().findElements(By.id("organisations-form"))).isEmpty();
    }
}
