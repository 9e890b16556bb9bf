package io.partnerdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.testsupport.Api;
import io.partnerdesk.testsupport.BrowserFixture;
import io.partnerdesk.ui.pages.DashboardPage;
import io.partnerdesk.ui.pages.LoginPage;
import org.junit.jupiter.api.Test;

/** Signing in and out in a real browser, in English and Turkish. */
class SignInBrowserIT extends BrowserFixture {

    @Test
    void aliceSignsInSeesHerDashboardSwitchesToTurkishAndSignsOut() {
        LoginPage login = LoginPage.open(browser);
        browser.screenshot("01-login");

        DashboardPage dashboard = login.signInAs("alice", Api.PASSWORD);
        browser.screenshot("02-dashboard-alice");
        assertThat(dashboard.greeting()).isEqualTo("Welcome, Alice Andersen");
        assertThat(dashboard.organisation()).isEqualTo("Contoso Distribution");
        assertThat(dashboard.roles()).containsExactly("Global admin");

        dashboard.switchLanguageTo("tr");
        browser.screenshot("03-dashboard-alice-tr");
        assertThat(dashboard.greeting()).isEqualTo("Hoş geldiniz, Alice Andersen");
        assertThat(dashboard.roles()).containsExactly("Genel yönetici");
        assertThat(dashboard.signOutLabel()).isEqualTo("Oturumu kapat");

        LoginPage afterSignOut = dashboard.signOut();
        browser.screenshot("04-signed-out-tr");
        assertThat(afterSignOut.showsSignedOutNotice()).isTrue();
        assertThat(afterSignOut.heading()).isEqualTo("Oturum aç");

        browser.open("index.xhtml");
        assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");
    }

    @Test
    void aBadPasswordIsRefusedWithAClearMessage() {
        LoginPage login = LoginPage.open(browser).signInExpectingRefusal("alice", "wrong-password");
        browser.screenshot("05-bad-password");

        assertThat(login.errorMessage()).isEqualTo("The user name or password is wrong.");
        assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");
    }

    @Test
    void anEmptyNameIsFlaggedNextToTheFieldBeforeAnythingIsSent() {
        LoginPage login = LoginPage.open(browser);

        login.submitEmpty();
        browser.screenshot("06-empty-fields");

        assertThat(login.fieldMessageFor("username")).isEqualTo("Enter your user name.");
    }

    @Test
    void anEmptyPasswordIsRefusedAsAWrongOne() {
        LoginPage login = LoginPage.open(browser).signInExpectingRefusal("alice", "");

        assertThat(login.errorMessage()).isEqualTo("The user name or password is wrong.");
        assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");
    }

    @Test
    void aCustomerAdminSignsInToTheirTenantAndLandsOnThePageTheyAskedFor() {
        browser.open("index.xhtml?from=bookmark");
        assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml?next=");

        DashboardPage dashboard = new LoginPage(browser).signInAs("tom", Api.PASSWORD);

        assertThat(browser.driver().getCurrentUrl()).endsWith("/index.xhtml?from=bookmark");
        assertThat(dashboard.organisation()).isEqualTo("Tailspin Toys");
        assertThat(dashboard.roles()).containsExactly("Customer admin");
    }
}
