package io.partnerdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.testsupport.Api;
import io.partnerdesk.testsupport.BrowserFixture;
import io.partnerdesk.testsupport.Demo;
import io.partnerdesk.testsupport.production.WebSession;
import io.partnerdesk.ui.pages.DashboardPage;
import io.partnerdesk.ui.pages.LoginPage;
import io.partnerdesk.ui.pages.SupportRequestPage;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How pages answer what goes wrong: a page address with a malformed id, or with the id of
 * something that belongs to another organisation, answers the 404 page; a refused action shows
 * why on the page, in the page's language.
 */
class PageFailuresBrowserIT extends BrowserFixture {

    private static final UUID COMMERCIAL_BILLING = UUID.fromString("70000000-0000-4000-8000-000000000001");
    private static final String MALFORMED = "not-an-id";

    private String title;
    private String supportRequest;
    private String serviceRequest;

    /** Tom asks Contoso (his Azure plan's support contact) for help; Hana files a service request for Tailspin. */
    @BeforeEach
    void contosoWorksForTailspin() {
        title = "Portal sign-in loops " + UUID.randomUUID().toString().substring(0, 6);
        Api.Response opened = api.send(
                "POST",
                "tom",
                "api/v1/customer/supportrequests",
                "{\"subscriptionId\":\"" + Demo.TAILSPIN_AZURE_PLAN + "\",\"title\":\"" + title
                        + "\",\"description\":\"The Azure portal keeps asking us to sign in.\",\"severity\":\"C\","
                        + "\"preferredContact\":\"PHONE\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        supportRequest = opened.json().getString("id");
        Api.Response filed = api.send(
                "POST",
                "hana",
                "api/v1/customers/" + Demo.TAILSPIN + "/servicerequests",
                "{\"type\":\"COMMERCIAL\",\"supportTopicId\":\"" + COMMERCIAL_BILLING
                        + "\",\"title\":\"Invoice question\",\"description\":\"Two charges.\",\"severity\":\"C\"}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        serviceRequest = filed.json().getString("id");
    }

    private String root() {
        String url = base.toString();
        return url.endsWith("/") ? url : url + "/";
    }

    private WebSession signedIn(String username) {
        WebSession session = new WebSession();
        assertThat(session.signIn(root(), username, Api.PASSWORD).statusCode())
                .as(username + " signs in")
                .isEqualTo(302);
        return session;
    }

    private void assertOpens(WebSession session, String path) {
        HttpResponse<String> page = session.get(root() + path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        assertThat(page.body()).as(path).doesNotContain("id=\"error-title\"");
    }

    private void assertNotFound(WebSession session, String path) {
        HttpResponse<String> page = session.get(root() + path);
        assertThat(page.statusCode()).as(path).isEqualTo(404);
        assertThat(page.body()).as(path).contains("Page not found").doesNotContain(title);
    }

    @Test
    void aMalformedIdOrAnotherOrganisationsIdInAPageAddressAnswersTheNotFoundPage() {
        WebSession hana = signedIn("hana");
        WebSession felix = signedIn("felix");
        WebSession tom = signedIn("tom");
        WebSession lena = signedIn("lena");

        // What is theirs opens.
        assertOpens(hana, "support/request.xhtml?id=" + supportRequest);
        assertOpens(hana, "support/servicerequest.xhtml?id=" + serviceRequest);
        assertOpens(hana, "customers/detail.xhtml?id=" + Demo.LITWARE);
        assertOpens(hana, "servicehealth/customer.xhtml?id=" + Demo.LITWARE);
        assertOpens(hana, "support/servicerequest-new.xhtml?customer=" + Demo.TAILSPIN);
        assertOpens(tom, "my/request.xhtml?id=" + supportRequest);

        // A malformed id, or none, is answered like an unknown one.
        assertNotFound(hana, "support/request.xhtml?id=" + MALFORMED);
        assertNotFound(hana, "support/request.xhtml");
        assertNotFound(hana, "support/servicerequest.xhtml?id=" + MALFORMED);
        assertNotFound(hana, "customers/detail.xhtml?id=" + MALFORMED);
        assertNotFound(hana, "customers/detail.xhtml?id=");
        assertNotFound(hana, "servicehealth/customer.xhtml?id=" + MALFORMED);
        assertNotFound(hana, "servicehealth/incidents.xhtml?customerId=" + MALFORMED);
        assertNotFound(hana, "support/servicerequest-new.xhtml?customer=" + MALFORMED);
        assertNotFound(
                hana, "subscriptions/support-contact.xhtml?customer=" + Demo.TAILSPIN + "&subscription=" + MALFORMED);
        assertNotFound(tom, "my/request.xhtml?id=" + MALFORMED);

        // Another organisation's support request, service request or customer does not exist for Fabrikam.
        assertNotFound(felix, "support/request.xhtml?id=" + supportRequest);
        assertNotFound(felix, "support/servicerequest.xhtml?id=" + serviceRequest);
        assertNotFound(felix, "customers/detail.xhtml?id=" + Demo.LITWARE);
        assertNotFound(felix, "servicehealth/customer.xhtml?id=" + Demo.LITWARE);
        assertNotFound(felix, "servicehealth/incidents.xhtml?customerId=" + Demo.LITWARE);
        assertNotFound(felix, "support/servicerequest-new.xhtml?customer=" + Demo.LITWARE);
        assertNotFound(
                felix,
                "subscriptions/support-contact.xhtml?customer=" + Demo.LITWARE + "&subscription="
                        + Demo.LITWARE_EXCHANGE);
        // ... nor Tailspin's request for Litware's customer admin.
        assertNotFound(lena, "my/request.xhtml?id=" + supportRequest);
    }

    @Test
    void aRefusedStatusChangeIsExplainedOnTheSupportRequestPageInEnglishAndTurkish() {
        LoginPage.open(browser).signInAs("hana", Api.PASSWORD);
        browser.open("support/request.xhtml?id=" + supportRequest);
        SupportRequestPage request = new SupportRequestPage(browser);

        request.changeStatus("Resolved");
        browser.screenshot("page-failures-01-refused-in-english");
        assertThat(request.messages())
                .contains("Say how the request was resolved before you mark it resolved.")
                .doesNotContain("The status was changed.");

        new DashboardPage(browser).switchLanguageTo("tr");
        request = new SupportRequestPage(browser);
        request.changeStatus("Çözüldü");
        browser.screenshot("page-failures-02-refused-in-turkish");
        assertThat(request.messages())
                .contains("Talebi çözüldü olarak işaretlemeden önce nasıl çözüldüğünü yazın.")
                .doesNotContain("Say how the request was resolved")
                .doesNotContain("Durum değiştirildi.");
        assertThat(api.get("hana", "api/v1/supportrequests/" + supportRequest)
                        .json()
                        .getString("status"))
                .as("nothing was changed")
                .isEqualTo("NEW");
    }
}
