package io.partnerdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.partnerdesk.testsupport.Api;
import io.partnerdesk.testsupport.Browser;
import io.partnerdesk.testsupport.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;

/**
 * Script and expression injection, as a tenant would try it: a corpus of payloads planted through
 * the REST API into every text a person can type, then every page that shows them opened in
 * Chromium. Nothing may run, no expression may be evaluated, and the text must be shown as typed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XssCorpusBrowserIT {

    private static final UUID COMMERCIAL_BILLING = UUID.fromString("70000000-0000-4000-8000-000000000001");
    private static final Map<String, String> ADMIN_OF =
            Map.of("Contoso Distribution", "alice", "Fabrikam Solutions", "fiona", "Northwind IT", "nina");

    /** Finds what the payloads would have left in the page had they been written out as markup. */
    private static final String INJECTED_MARKUP = "var n = 0;"
            + "document.querySelectorAll('*').forEach(function (e) {"
            + "  for (var i = 0; i < e.attributes.length; i++) {"
            + "    var a = e.attributes[i];"
            + "    if (a.value.indexOf('__xss') >= 0 && (/^on/i.test(a.name) || /^\\s*javascript:/i.test(a.value))) n++;"
            + "  }"
            + "});"
            + "document.querySelectorAll('script').forEach(function (s) { if (s.text.indexOf('window.__xss=1') >= 0"
            + "  && s.text.indexOf('\"') < 0 && s.text.indexOf(\"'\") < 0) n++; });"
            + "return n;";

    private static final String PAGE_TEXT = "return document.body.innerText + '\\n' + Array.from("
            + "document.querySelectorAll('input, textarea')).map(function (e) { return e.value; }).join('\\n');";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Api api;

    /** Everything a person could try in one text: tags, handlers, a broken-out attribute, EL, a JS break-out. */
    private static String corpus(String marker) {
        return marker + " #{7*7} ${7*7} '-alert(1)-' <script>window.__xss=1</script>"
                + "<img src=x onerror=\"window.__xss=1\">\"><svg onload=window.__xss=1> javascript:window.__xss=1";
    }

    @Test
    void thePagesPolicyBlocksAnInlineScriptAndTheBrowserTestsSeeIt() {
        try (Browser browser = new Browser(base)) {
            browser.open("login.xhtml");

            Object ran = ((JavascriptExecutor) browser.driver())
                    .executeScript("var s = document.createElement('script'); s.text = 'window.__probe = 1';"
                            + " document.body.appendChild(s); return typeof window.__probe;");

            assertThat(ran).isEqualTo("undefined");
            assertThat(browser.takePolicyViolations())
                    .anySatisfy(v -> assertThat(v).contains("script-src"));
        }
    }

    @Test
    void nothingPlantedThroughTheApiRunsOrIsEvaluatedOnAnyPage() {
        api = new Api(base);
        String marker = "XSS" + UUID.randomUUID().toString().substring(0, 8);
        String text = corpus(marker);

        // Customers: the company name, and the domain (refused or shown as typed).
        Api.Response customer = api.send(
                "POST",
                "alice",
                "api/v1/customers",
                json(Json.createObjectBuilder()
                        .add("companyName", text)
                        .add("domain", marker.toLowerCase() + ".example")
                        .add("country", "TR")));
        assertThat(customer.status()).as(customer.body()).isEqualTo(201);
        String customerId = customer.json().getString("id");
        Api.Response badDomain = api.send(
                "POST",
                "alice",
                "api/v1/customers",
                json(Json.createObjectBuilder()
                        .add("companyName", marker + " domain")
                        .add("domain", text)
                        .add("country", "TR")));
        assertThat(badDomain.status()).as(badDomain.body()).isIn(201, 400, 422);

        // A support request from tom's organisation, with a note from each side.
        JsonObject contact = tailspinSubscription();
        String subscriptionId = contact.getString("subscriptionId");
        String handler = ADMIN_OF.getOrDefault(contact.getJsonObject("contact").getString("name", ""), "alice");
        Api.Response request = api.send(
                "POST",
                "tom",
                "api/v1/customer/supportrequests",
                json(Json.createObjectBuilder()
                        .add("subscriptionId", subscriptionId)
                        .add("title", text)
                        .add("description", text)
                        .add("severity", "C")));
        assertThat(request.status()).as(request.body()).isEqualTo(201);
        String requestId = request.json().getString("id");
        Api.Response customerNote = api.send(
                "PATCH",
                "tom",
                "api/v1/customer/supportrequests/" + requestId,
                json(Json.createObjectBuilder().add("newNote", text)));
        assertThat(customerNote.status()).as(customerNote.body()).isEqualTo(200);
        Api.Response handlerNote = api.send(
                "PATCH",
                handler,
                "api/v1/supportrequests/" + requestId,
                json(Json.createObjectBuilder().add("newNote", text)));
        assertThat(handlerNote.status()).as(handlerNote.body()).isEqualTo(200);

        // A service request for Tailspin Toys (Contoso has delegated admin), with a note.
        String tailspin = customerNamed("alice", "Tailspin Toys");
        Api.Response serviceRequest = api.send(
                "POST",
                "alice",
                "api/v1/customers/" + tailspin + "/servicerequests",
                json(Json.createObjectBuilder()
                        .add("type", "COMMERCIAL")
                        .add("supportTopicId", COMMERCIAL_BILLING.toString())
                        .add("title", text)
                        .add("description", text)
                        .add("severity", "C")));
        assertThat(serviceRequest.status()).as(serviceRequest.body()).isEqualTo(201);
        String serviceRequestId = serviceRequest.json().getString("id");
        Api.Response serviceNote = api.send(
                "PATCH",
                "alice",
                "api/v1/servicerequests/" + serviceRequestId,
                json(Json.createObjectBuilder().add("newNote", text)));
        assertThat(serviceNote.status()).as(serviceNote.body()).isEqualTo(200);

        // A reseller invitation naming the reseller with the corpus.
        Api.Response invitation = api.send(
                "POST",
                "alice",
                "api/v1/relationships/invitations",
                json(Json.createObjectBuilder()
                        .add(
                                "reseller",
                                Json.createObjectBuilder()
                                        .add("name", text)
                                        .add(
                                                "mpnId",
                                                String.valueOf(1_000_000 + new java.util.Random().nextInt(8_999_999)))
                                        .add("directoryGroup", "org-" + marker.toLowerCase()))));
        assertThat(invitation.status()).as(invitation.body()).isIn(201, 422);

        // The service health feed: an incident title, its impact and a post.
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String incidentFeedId = "XSS" + marker;
        Api.Response feed =
                api.send("POST", "alice", "api/v1/servicehealth/feed", incidentFeed(incidentFeedId, text, now, false));
        assertThat(feed.status()).as(feed.body()).isEqualTo(200);
        String incidentId = incidentTitled(marker);

        // The support offering (restored afterwards: other tests read Contoso's).
        Api.Response before = api.get("alice", "api/v1/profiles/support");
        try {
            Api.Response offering = api.send(
                    "PUT",
                    "alice",
                    "api/v1/profiles/support",
                    offering(
                            text,
                            "support@" + marker.toLowerCase() + ".example",
                            "https://" + marker.toLowerCase() + ".example/\"><svg/onload=window.__xss=1>"));
            assertThat(offering.status()).as(offering.body()).isEqualTo(200);
            assertThat(api.send(
                                    "PUT",
                                    "alice",
                                    "api/v1/profiles/support",
                                    offering(text, "support@example.com", "javascript:window.__xss=1"))
                            .status())
                    .as("a javascript: web address")
                    .isIn(400, 422);
            assertThat(api.send("PUT", "alice", "api/v1/profiles/support", offering(text, text, "https://example.com"))
                            .status())
                    .as("an e-mail address that is not one")
                    .isIn(400, 422);

            try (Browser alice = new Browser(base)) {
                alice.signIn("alice");
                assertInert(alice, "index.xhtml", marker, false);
                assertInert(alice, "customers/list.xhtml", marker, false);
                alice.driver()
                        .findElement(org.openqa.selenium.By.id("customers-form:filter"))
                        .sendKeys(marker);
                alice.waitForAjax();
                sleep(600);
                alice.waitForAjax();
                assertShownInert(alice, "customer list filtered", marker, true);
                assertInert(alice, "customers/detail.xhtml?id=" + customerId, marker, true);
                // The confirmation that names the customer, and the customer's audit trail.
                alice.click(org.openqa.selenium.By.xpath("//a[contains(@href, 'relationships-tab')]"));
                alice.click(org.openqa.selenium.By.id("tabs:relationships-form:remove-relationship"));
                // The dialog fades in; a click on "No" before it has finished may be lost on a busy machine.
                new org.openqa.selenium.support.ui.WebDriverWait(alice.driver(), java.time.Duration.ofSeconds(10))
                        .until(d -> "1"
                                .equals(d.findElement(org.openqa.selenium.By.cssSelector(".ui-confirm-dialog"))
                                        .getCssValue("opacity")));
                assertShownInert(alice, "remove confirmation", marker, true);
                alice.click(org.openqa.selenium.By.cssSelector(".ui-confirmdialog-no"));
                new org.openqa.selenium.support.ui.WebDriverWait(alice.driver(), java.time.Duration.ofSeconds(10))
                        .until(org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(
                                org.openqa.selenium.By.cssSelector(".ui-confirm-dialog")));
                alice.click(org.openqa.selenium.By.xpath("//a[contains(@href, 'audit-tab')]"));
                assertShownInert(alice, "customer audit tab", marker, false);
                assertInert(alice, "support/servicerequests.xhtml", marker, false);
                assertInert(alice, "support/servicerequest.xhtml?id=" + serviceRequestId, marker, true);
                assertInert(alice, "support/offering.xhtml", marker, true);
                assertInert(alice, "partners/list.xhtml", marker, false);
                assertInert(alice, "servicehealth/dashboard.xhtml", marker, false);
                assertInert(alice, "servicehealth/incidents.xhtml", marker, false);
                assertInert(alice, "servicehealth/incident.xhtml?id=" + incidentId, marker, true);
                assertInert(alice, "servicehealth/customer.xhtml?id=" + tailspin, marker, false);
                assertInert(alice, "audit/list.xhtml", marker, false);
            }
            try (Browser staff = new Browser(base)) {
                staff.signIn(handler);
                assertInert(staff, "index.xhtml", marker, false);
                assertInert(staff, "support/queue.xhtml", marker, false);
                assertInert(staff, "support/request.xhtml?id=" + requestId, marker, true);
            }
            try (Browser tom = new Browser(base)) {
                tom.signIn("tom");
                assertInert(tom, "index.xhtml", marker, false);
                assertInert(tom, "my/requests.xhtml", marker, true);
                assertInert(tom, "my/request.xhtml?id=" + requestId, marker, true);
                assertInert(tom, "my/support.xhtml", marker, false);
            }
        } finally {
            if (before.status() == 200) {
                api.send("PUT", "alice", "api/v1/profiles/support", withoutReadOnly(before.json()));
            }
            api.send(
                    "POST",
                    "alice",
                    "api/v1/servicehealth/feed",
                    incidentFeed(incidentFeedId, marker + " resolved", now, true));
        }
    }

    /** Opens a page and checks it. */
    @Test
    void theCorpusTypedIntoTheWebhookAddressAndTheQueueSearchIsShownInertOrNotAtAll() {
        String marker = "XSS" + UUID.randomUUID().toString().substring(0, 8);
        String text = corpus(marker);
        try (Browser alice = new Browser(base)) {
            alice.signIn("alice");

            alice.open("webhooks/list.xhtml");
            alice.driver().findElement(By.id("webhook-form:webhook-url")).sendKeys(text);
            alice.click(By.cssSelector("label[for='webhook-form:webhook-events:0']"));
            alice.click(By.id("webhook-form:webhook-register"));
            assertShownInert(alice, "the webhook address refused", marker, true);
            assertThat(alice.text(By.id("webhooks-form:webhooks-table"))).doesNotContain(marker);

            alice.open("support/queue.xhtml");
            alice.driver().findElement(By.id("filter-words")).sendKeys(text, Keys.TAB);
            alice.waitForAjax();
            assertShownInert(alice, "the queue searched", marker, false);
        }
    }

    private static void assertInert(Browser browser, String path, String marker, boolean mustShow) {
        browser.open(path);
        assertShownInert(browser, path, marker, mustShow);
    }

    private static void assertShownInert(Browser browser, String what, String marker, boolean mustShow) {
        try {
            String alert = browser.driver().switchTo().alert().getText();
            fail(what + " opened an alert: " + alert);
        } catch (NoAlertPresentException none) {
            // as it should be
        }
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        assertThat(js.executeScript("return typeof window.__xss"))
                .as(what + ": window.__xss")
                .isEqualTo("undefined");
        assertThat(((Number) js.executeScript(INJECTED_MARKUP)).intValue())
                .as(what + ": handlers, scripts or javascript: links from the planted text")
                .isZero();
        String text = (String) js.executeScript(PAGE_TEXT);
        assertThat(text).as(what + ": an evaluated expression").doesNotContain(marker + " 49");
        if (mustShow) {
            browser.screenshot("xss-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
            assertThat(text)
                    .as(what + ": the planted text, shown as typed")
                    .contains(marker + " #{7*7} ${7*7} '-alert(1)-' <script>");
        }
    }

    private JsonObject tailspinSubscription() {
        Api.Response contacts = api.get("tom", "api/v1/customer/supportcontacts");
        assertThat(contacts.status()).as(contacts.body()).isEqualTo(200);
        List<JsonObject> items = contacts.json().getJsonArray("items").getValuesAs(JsonObject.class);
        return items.stream()
                .filter(c -> ADMIN_OF.containsKey(c.getJsonObject("contact").getString("name", "")))
                .findFirst()
                .orElse(items.get(0));
    }

    private String customerNamed(String user, String name) {
        JsonArray items = api.get(user, "api/v1/customers?filter=" + name.replace(" ", "%20"))
                .json()
                .getJsonArray("items");
        return items.getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("companyName").equals(name))
                .findFirst()
                .orElseThrow()
                .getString("id");
    }

    private String incidentTitled(String marker) {
        JsonArray items = api.get("alice", "api/v1/serviceincidents?status=active&size=500")
                .json()
                .getJsonArray("items");
        return items.getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("title").startsWith(marker))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the planted incident is not listed: " + items))
                .getString("id");
    }

    private static String incidentFeed(String id, String text, Instant now, boolean resolved) {
        JsonObjectBuilder issue = Json.createObjectBuilder()
                .add("id", id)
                .add("title", text)
                .add("service", "Exchange Online")
                .add("status", resolved ? "serviceRestored" : "investigating")
                .add("classification", "incident")
                .add("impactDescription", text)
                .add("startDateTime", now.minus(1, ChronoUnit.HOURS).toString())
                .add("isResolved", resolved)
                .add("lastModifiedDateTime", (resolved ? now : now.minus(1, ChronoUnit.MINUTES)).toString())
                .add(
                        "posts",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add(
                                                "createdDateTime",
                                                now.minus(2, ChronoUnit.MINUTES).toString())
                                        .add(
                                                "description",
                                                Json.createObjectBuilder()
                                                        .add("contentType", "html")
                                                        .add("content", "<p>" + text + "</p>"))));
        if (resolved) {
            issue.add("endDateTime", now.toString());
        } else {
            issue.add("endDateTime", JsonValue.NULL);
        }
        return json(Json.createObjectBuilder()
                .add("issues", Json.createArrayBuilder().add(issue)));
    }

    private static String offering(String text, String email, String website) {
        return json(Json.createObjectBuilder()
                .add("email", email)
                .add("telephone", "+90 212 555 0199")
                .add("website", website)
                .add(
                        "serviceHours",
                        Json.createObjectBuilder()
                                .add("timeZone", "Europe/Istanbul")
                                .add(
                                        "weekly",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("day", "MON")
                                                        .add("from", "09:00")
                                                        .add("to", "17:00"))))
                .add("contactMethods", Json.createArrayBuilder().add("EMAIL").add("PHONE"))
                .add("pricing", text)
                .add("scope", text)
                .add("supportPlans", Json.createArrayBuilder()));
    }

    /** The offering as read, without what a client may not send back. */
    private static String withoutReadOnly(JsonObject offering) {
        JsonObjectBuilder copy = Json.createObjectBuilder();
        List<String> writable = new ArrayList<>(List.of(
                "email",
                "telephone",
                "website",
                "serviceHours",
                "contactMethods",
                "pricing",
                "scope",
                "supportPlans",
                "responseTargetMinutes"));
        offering.forEach((key, value) -> {
            if (writable.contains(key) && value.getValueType() != JsonValue.ValueType.NULL) {
                copy.add(key, value);
            }
        });
        return json(copy);
    }

    private static String json(JsonObjectBuilder builder) {
        return builder.build().toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
