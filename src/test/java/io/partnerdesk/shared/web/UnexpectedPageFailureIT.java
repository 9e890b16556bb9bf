package io.partnerdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.testsupport.Api;
import io.partnerdesk.testsupport.Demo;
import io.partnerdesk.testsupport.Deployments;
import io.partnerdesk.testsupport.LogCapture;
import io.partnerdesk.testsupport.production.WebSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A page failing in a way nobody foresaw: the person sees the "something went wrong" page with an
 * incident id, and the log holds one record with the same id, the page, the user and their
 * organisation, so that what is reported leads straight to the line.
 */
@ExtendWith(ArquillianExtension.class)
class UnexpectedPageFailureIT {

    private static final String PAGE = "failure-probe.xhtml";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTests(UnexpectedPageFailureIT.class, FailingPage.class, WebSession.class)
                .addAsWebResource(
                        new StringAsset("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:h=\"jakarta.faces.html\""
                                + " xmlns:f=\"jakarta.faces.core\"><h:head/><h:body>"
                                + "<h:outputText rendered=\"#{param.broken eq 'yes'}\" value=\"#{failingPage.text}\"/>"
                                + "<h:form id=\"probe\"><h:commandButton id=\"fail\" value=\"Fail\""
                                + " action=\"#{failingPage.fail}\"><f:ajax/></h:commandButton></h:form>"
                                + "</h:body></html>"),
                        PAGE);
    }

    @Inject
    HttpServletRequest request;

    @Test
    void theErrorPageQuotesTheIncidentThatTheLogNamesWithTheUserAndTheOrganisation() {
        try (LogCapture log = LogCapture.of(BusinessExceptionHandler.class)) {
            WebSession alice = aliceSignedIn();

            HttpResponse<String> page = alice.get(root() + PAGE + "?broken=yes");

            assertThat(page.statusCode()).isEqualTo(500);
            assertThat(page.body()).contains("Something went wrong").doesNotContain("probe failure", "at io.");
            Matcher quoted =
                    Pattern.compile("Quote incident ([0-9a-f-]{36}) to support").matcher(page.body());
            assertThat(quoted.find()).as(page.body()).isTrue();
            String incident = quoted.group(1);
            assertThat(log.records())
                    .filteredOn(r -> r.getMessage().contains(incident))
                    .singleElement()
                    .satisfies(record -> {
                        assertThat(record.getMessage()).contains("/" + PAGE, "user alice", "partner " + Demo.CONTOSO);
                        assertThat(record.getThrown()).hasRootCauseMessage("probe failure");
                    });

            // A client's mistake (a request that is not there) is a 404 page and no log line at all.
            HttpResponse<String> missing = alice.get(root() + "support/request.xhtml?id=" + UUID.randomUUID());
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(log.records()).hasSize(1);
        }
    }

    @Test
    void anAjaxRequestThatFailsIsSentToThatPageWithItsIncident() {
        try (LogCapture log = LogCapture.of(BusinessExceptionHandler.class)) {
            WebSession alice = aliceSignedIn();
            HttpResponse<String> page = alice.get(root() + PAGE);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                    .matcher(page.body());
            assertThat(viewState.find()).as(page.body()).isTrue();
            Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(page.body());
            String form = "probe=probe&jakarta.faces.ViewState=" + WebSession.encode(viewState.group(1))
                    + (nonce.find() ? "&primefaces.nonce=" + WebSession.encode(nonce.group(1)) : "")
                    + "&jakarta.faces.partial.ajax=true&jakarta.faces.source=probe%3Afail"
                    + "&jakarta.faces.partial.execute=probe%3Afail&jakarta.faces.behavior.event=action"
                    + "&jakarta.faces.partial.event=click";

            HttpResponse<String> answer = alice.postAjax(root() + PAGE, form);

            assertThat(answer.statusCode()).isEqualTo(200);
            Matcher redirect = Pattern.compile("<redirect url=\"[^\"]*/error\\.xhtml\\?incident=([0-9a-f-]{36})\"")
                    .matcher(answer.body());
            assertThat(redirect.find()).as(answer.body()).isTrue();
            String incident = redirect.group(1);
            assertThat(alice.get(root() + "error.xhtml?incident=" + incident).body())
                    .contains("Something went wrong", "Quote incident " + incident + " to support");
            assertThat(log.records())
                    .filteredOn(r -> r.getMessage().contains(incident))
                    .singleElement()
                    .satisfies(record -> assertThat(record.getMessage()).contains("user alice"));
            // Anything else in the address is not quoted back (the language links keep the address, encoded).
            assertThat(alice.get(root() + "error.xhtml?incident=%3Cb%3Enot-an-id")
                            .body())
                    .doesNotContain("Quote incident", "<b>not-an-id", "&lt;b&gt;not-an-id");
        }
    }

    private String root() {
        return "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/";
    }

    private WebSession aliceSignedIn() {
        WebSession alice = new WebSession();
        assertThat(alice.signIn(root(), "alice", Api.PASSWORD).statusCode()).isEqualTo(302);
        return alice;
    }

    /** A page bean that fails as a bug would. */
    @Named
    @RequestScoped
    public static class FailingPage {

        public String getText() {
            throw new IllegalStateException("probe failure");
        }

        public String fail() {
            throw new IllegalStateException("probe failure");
        }
    }
}
