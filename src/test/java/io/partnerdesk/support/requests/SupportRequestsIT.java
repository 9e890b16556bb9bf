package io.partnerdesk.support.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.partnerdesk.notification.mail.MailSettings;
import io.partnerdesk.organisation.domain.DirectoryUser;
import io.partnerdesk.organisation.domain.DirectoryUserRepository;
import io.partnerdesk.partner.domain.ServiceHours;
import io.partnerdesk.shared.SystemText;
import io.partnerdesk.shared.events.ReaderChoice;
import io.partnerdesk.support.application.SlaWatch;
import io.partnerdesk.support.application.SupportQueueService;
import io.partnerdesk.support.domain.Severity;
import io.partnerdesk.support.domain.SlaClock;
import io.partnerdesk.support.domain.SupportRequestRepository;
import io.partnerdesk.testsupport.Api;
import io.partnerdesk.testsupport.Demo;
import io.partnerdesk.testsupport.Deployments;
import io.partnerdesk.testsupport.EnglishInTurkish;
import io.partnerdesk.testsupport.Fixtures;
import io.partnerdesk.testsupport.SignedIn;
import io.partnerdesk.testsupport.SupportFixtures;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Support requests, the partner's queue, escalations, service requests, the support offering, the
 * SLA clock and notifications, through the REST API of the running portal, each on its own data.
 * The deployment points the portal's mail at a loopback port where the mail test runs GreenMail.
 */
@ExtendWith(ArquillianExtension.class)
class SupportRequestsIT {

    private static final Duration TWO_YEARS = Duration.ofDays(730);
    private static final String QUEUE = "api/v1/supportrequests";
    private static final String MINE = "api/v1/customer/supportrequests";
    private static final UUID TECHNICAL_MAIL_FLOW = UUID.fromString("70000000-0000-4000-8000-000000000004");
    private static final UUID COMMERCIAL_BILLING = UUID.fromString("70000000-0000-4000-8000-000000000001");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withGreenMail(
                Deployments.portalWithTests(SupportRequestsIT.class, SupportFixtures.class),
                "partnerdesk.mail.host=127.0.0.1\npartnerdesk.mail.port=" + Deployments.freePort(13025)
                        + "\npartnerdesk.mail.from=partnerdesk@test.example\n"
                        // Each test sees the directory as it is at that moment.
                        + "partnerdesk.directory.members-max-age-seconds=0");
    }

    @Inject
    Fixtures fixtures;

    @Inject
    SupportFixtures support;

    @Inject
    Api api;

    @Inject
    SlaWatch slaWatch;

    @Inject
    MailSettings mailSettings;

    @Inject
    SignedIn signedIn;

    @Inject
    SupportQueueService supportQueue;

    @Inject
    Event<ReaderChoice> readerChoices;

    @Inject
    DirectoryUserRepository directoryUsers;

    private static final Locale TURKISH = Locale.forLanguageTag("tr");

    /** A customer of Contoso and Fabrikam (both with delegated admin) with one subscription and its admin. */
    private record Tenant(UUID customer, UUID subscription, String admin) {}

    private Tenant tenant(String name, UUID contact) {
        UUID customer = fixtures.customer(name);
        fixtures.relationship(Demo.CONTOSO, customer, TWO_YEARS);
        fixtures.relationship(Demo.FABRIKAM, customer, TWO_YEARS);
        UUID subscription =
                fixtures.subscription(customer, Demo.BUSINESS_STANDARD, Demo.CONTOSO, Demo.FABRIKAM, contact);
        return new Tenant(customer, subscription, fixtures.customerAdmin(customer));
    }

    private JsonObject open(Tenant tenant, String title, String severity) {
        Api.Response opened = api.send(
                "POST",
                tenant.admin(),
                MINE,
                "{\"subscriptionId\":\"" + tenant.subscription() + "\",\"title\":\"" + title
                        + "\",\"description\":\"Mail does not arrive since this morning.\",\"severity\":\"" + severity
                        + "\",\"preferredContact\":\"PHONE\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json();
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private List<String> queueIds(String user, String query) {
        return api
                .get(user, QUEUE + "?size=500" + query)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(o -> o.getString("id"))
                .toList();
    }

    @Test
    void openingARequestIsCountedTimedAndShownInTheQueueGauges() {
        Tenant tenant = tenant(unique("Counted"), Demo.CONTOSO);
        double before = metric("partnerdesk_support_requests_opened_total");

        open(tenant, unique("Counted request"), "A");

        String metrics = metricsText();
        assertThat(metric(metrics, "partnerdesk_support_requests_opened_total")).isEqualTo(before + 1);
        assertThat(metrics)
                .containsPattern("partnerdesk_api_requests_count\\{[^}]*endpoint=\"POST"
                        + " /api/v1/customer/supportrequests\"[^}]*} [1-9]")
                .containsPattern("partnerdesk_support_requests_open\\{[^}]*severity=\"A\"[^}]*} [0-9]")
                .contains("partnerdesk_support_requests_late");
    }

    private double metric(String name) {
        return metric(metricsText(), name);
    }

    /** {@code /metrics} as Prometheus scrapes it (plain text; JSON is what an API client is given). */
    private String metricsText() {
        Api.Response text = api.send(api.request("metrics", null).setHeader("Accept", "text/plain"));
        assertThat(text.status()).isEqualTo(200);
        return text.body();
    }

    /** The value of an application metric in Prometheus text (0 before it is first counted). */
    private static double metric(String text, String name) {
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("(?m)^" + name + "(\\{[^}]*})? ([0-9.eE+-]+)$")
                .matcher(text);
        return line.find() ? Double.parseDouble(line.group(2)) : 0;
    }

    @Test
    void theQueueIsPagedByCursorInTheSameOrderAsByOffsetAndAForgedCursorIsRefused() {
        Tenant tenant = tenant(unique("Keyset Traders"), Demo.FABRIKAM);
        for (String severity : List.of("C", "A", "B", "C", "A")) {
            open(tenant, unique("Printer " + severity), severity);
        }
        String filter = "&customerId=" + tenant.customer();
        List<String> byOffset = queueIds("felix", filter);
        assertThat(byOffset).hasSize(5);

        List<String> byCursor = new java.util.ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            JsonObject page = api.get("felix", QUEUE + "?size=2" + filter + (after == null ? "" : "&after=" + after))
                    .json();
            assertThat(page.getJsonNumber("totalCount").longValue()).isEqualTo(5);
            page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(o -> byCursor.add(o.getString("id")));
            after = page.isNull("next") ? null : page.getString("next");
            pages++;
        } while (after != null && pages < 10);
        assertThat(byCursor).as("every request once, in the queue's order").isEqualTo(byOffset);
        assertThat(pages).isEqualTo(3);
        assertThat(api.get(tenant.admin(), MINE).json().getInt("totalCount")).isEqualTo(5);

        open(tenant, unique("Printer again"), "B");

        assertThat(api.get("felix", QUEUE + "?size=2" + filter)
                        .json()
                        .getJsonNumber("totalCount")
                        .longValue())
                .as("the queue's total counts the request opened a moment ago")
                .isEqualTo(6);
        assertThat(api.get(tenant.admin(), MINE).json().getInt("totalCount"))
                .as("and so does the customer's")
                .isEqualTo(6);

        Api.Response forged = api.get("felix", QUEUE + "?size=2&after=bm90LWEtY3Vyc29y");
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.json().getString("code")).isEqualTo("INVALID_CURSOR");
        assertThat(api.get("felix", QUEUE + "?size=2&offset=2&after=bm90LWEtY3Vyc29y")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aRequestGoesToTheSubscriptionsContactAndOnlyTheCustomerAndThatPartnerSeeIt() {
        Tenant tenant = tenant("Routed", Demo.FABRIKAM);
        Tenant stranger = tenant("Stranger", Demo.CONTOSO);
        String title = unique("Mail stopped");

        JsonObject request = open(tenant, title, "B");
        String id = request.getString("id");

        assertThat(request.getJsonObject("supportContact").getString("name")).isEqualTo("Fabrikam Solutions");
        assertThat(request.getString("status")).isEqualTo("NEW");
        assertThat(queueIds("felix", "&customerId=" + tenant.customer())).containsExactly(id);
        JsonObject seen = api.get("felix", QUEUE + "/" + id).json();
        assertThat(seen.getJsonObject("handler").getString("name")).isEqualTo("Fabrikam Solutions");
        assertThat(seen.getString("preferredContact")).isEqualTo("PHONE");
        assertThat(api.get("felix", QUEUE + "/" + id).header("ETag")).isNotNull();
        assertThat(support.notificationsAbout("felix", "notice.request.new", title))
                .isEqualTo(1);
        assertThat(fixtures.auditCount(id, "SUPPORT_REQUEST_OPENED")).isEqualTo(1);

        // Isolation: another partner, another customer's admin, wrong roles.
        assertThat(api.get("hana", QUEUE + "/" + id).status()).isEqualTo(404);
        assertThat(queueIds("hana", "&customerId=" + tenant.customer())).isEmpty();
        assertThat(api.get(stranger.admin(), MINE + "/" + id).status()).isEqualTo(404);
        assertThat(api.get(stranger.admin(), MINE).json().getJsonArray("items").toString())
                .doesNotContain(id);
        assertThat(api.get(tenant.admin(), MINE).json().getJsonArray("items").toString())
                .contains(id);
        Api.Response foreignSubscription = api.send(
                "POST",
                stranger.admin(),
                MINE,
                "{\"subscriptionId\":\"" + tenant.subscription()
                        + "\",\"title\":\"x\",\"description\":\"y\",\"severity\":\"C\"}");
        assertThat(foreignSubscription.status()).isEqualTo(404);
        assertThat(api.get("sam", QUEUE).status()).isEqualTo(403);
        assertThat(api.get(tenant.admin(), QUEUE).status()).isEqualTo(403);
        assertThat(api.get("felix", MINE).status()).isEqualTo(403);
        assertThat(api.get("sam", "api/v1/servicerequests").status()).isEqualTo(403);
        assertThat(api.get(tenant.admin(), "api/v1/servicerequests/supporttopics")
                        .status())
                .isEqualTo(403);
        Api.Response invalid = api.send(
                "POST", tenant.admin(), MINE, "{\"subscriptionId\":\"" + tenant.subscription() + "\",\"title\":\"\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().getString("code")).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void staffWhoHaveNeverSignedInAreNotifiedCanBeAssignedAndFindItAllAtTheirFirstSignIn() {
        // As on a fresh demo: nobody at Fabrikam has signed in yet.
        support.forgetAccounts("felix", "fiona");
        Tenant tenant = tenant("First contact", Demo.FABRIKAM);
        String title = unique("Nobody signed in");

        String id = open(tenant, title, "B").getString("id");

        assertThat(support.notificationsAbout("felix", "notice.request.new", title))
                .isEqualTo(1);
        assertThat(support.notificationsAbout("fiona", "notice.request.new", title))
                .isEqualTo(1);
        assertThat(support.hasSignedIn("felix")).isFalse();

        signedIn.as("fiona");
        assertThat(supportQueue.colleagues())
                .extracting(SupportQueueService.Colleague::username, SupportQueueService.Colleague::displayName)
                .contains(tuple("felix", "Felix Wagner"), tuple("fiona", "Fiona Gallagher"));
        signedIn.signOut();
        Api.Response assigned = api.send("PATCH", "fiona", QUEUE + "/" + id, "{\"assignee\":\"felix\"}");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().getString("assignee")).isEqualTo("felix");
        assertThat(support.notificationsAbout("felix", "notice.request.assigned", title))
                .isEqualTo(1);
        assertThat(support.hasSignedIn("felix")).isFalse();

        List<JsonObject> inbox = api.get("felix", "api/v1/notifications?size=500")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(inbox.stream()
                        .filter(n -> n.getJsonArray("arguments").toString().contains(title))
                        .map(n -> n.getString("messageKey")))
                .containsExactlyInAnyOrder("notice.request.new", "notice.request.assigned");
        assertThat(support.hasSignedIn("felix")).isTrue();
    }

    @Test
    void salesAgentsAndCustomerAdminsAreRefusedTheStaffsEndpointsAndOtherPartnersSeeNoSuchRequest() {
        Tenant tenant = tenant("Guarded", Demo.FABRIKAM);
        String id = open(tenant, unique("Guarded"), "C").getString("id");
        String customerRequests = "api/v1/customers/" + tenant.customer() + "/servicerequests";
        Api.Response filed =
                api.send("POST", "hana", customerRequests, serviceRequest("COMMERCIAL", COMMERCIAL_BILLING));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String serviceRequestId = filed.json().getString("id");
        String offering = offering("help@guarded.example", "https://help.guarded.example", "09:00", "17:00");

        for (String user : List.of("sam", "tom", tenant.admin())) {
            assertThat(api.send("PATCH", user, QUEUE + "/" + id, "{\"newNote\":\"Let me in.\"}")
                            .status())
                    .as(user + " works a support request")
                    .isEqualTo(403);
            assertThat(api.send("POST", user, QUEUE + "/" + id + "/escalations", "{\"level\":\"PROVIDER\"}")
                            .status())
                    .as(user + " escalates")
                    .isEqualTo(403);
            assertThat(api.get(user, customerRequests).status())
                    .as(user + " lists a customer's service requests")
                    .isEqualTo(403);
            assertThat(api.send("POST", user, customerRequests, serviceRequest("COMMERCIAL", COMMERCIAL_BILLING))
                            .status())
                    .as(user + " files a service request")
                    .isEqualTo(403);
            assertThat(api.send("PATCH", user, "api/v1/servicerequests/" + serviceRequestId, "{\"status\":\"CLOSED\"}")
                            .status())
                    .as(user + " changes a service request")
                    .isEqualTo(403);
            assertThat(api.send("PUT", user, "api/v1/profiles/support", offering)
                            .status())
                    .as(user + " edits the support offering")
                    .isEqualTo(403);
        }
        for (String outsider : List.of("hana", "ned")) {
            Api.Response patched = api.send("PATCH", outsider, QUEUE + "/" + id, "{\"newNote\":\"Not mine.\"}");
            assertThat(patched.status())
                    .as(outsider + " works Fabrikam's request")
                    .isEqualTo(404);
            assertThat(patched.json().getString("code")).isEqualTo("SUPPORT_REQUEST_NOT_FOUND");
            assertThat(api.send("POST", outsider, QUEUE + "/" + id + "/escalations", "{\"level\":\"PROVIDER\"}")
                            .status())
                    .as(outsider + " escalates Fabrikam's request")
                    .isEqualTo(404);
        }

        JsonObject untouched = api.get("felix", QUEUE + "/" + id).json();
        assertThat(untouched.getString("status")).isEqualTo("NEW");
        assertThat(untouched.getJsonArray("notes")).isEmpty();
        assertThat(untouched.getJsonArray("escalations")).isEmpty();
        assertThat(api.get("hana", "api/v1/servicerequests/" + serviceRequestId)
                        .json()
                        .getString("status"))
                .isEqualTo("OPEN");
    }

    @Test
    void newRequestsFollowTheContactWhenItChangesOpenOnesStayWithThePartnerWorkingThem() {
        Tenant tenant = tenant("Moving", Demo.CONTOSO);
        String before = open(tenant, unique("Before"), "C").getString("id");

        Api.Response moved = api.send(
                "PUT",
                "alice",
                "api/v1/customers/" + tenant.customer() + "/subscriptions/" + tenant.subscription() + "/supportcontact",
                "{\"partnerId\":\"" + Demo.FABRIKAM + "\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        String after = open(tenant, unique("After"), "C").getString("id");

        assertThat(queueIds("hana", "&customerId=" + tenant.customer())).containsExactly(before);
        assertThat(queueIds("felix", "&customerId=" + tenant.customer())).containsExactly(after);
        assertThat(api.get(tenant.admin(), MINE + "/" + after)
                        .json()
                        .getJsonObject("supportContact")
                        .getString("name"))
                .isEqualTo("Fabrikam Solutions");
    }

    @Test
    void theClockRunsFromTheHandlersHoursAndStopsAtTheFirstResponse() {
        Tenant tenant = tenant("Clock", Demo.FABRIKAM);
        JsonObject critical = api.get(
                        "felix", QUEUE + "/" + open(tenant, unique("Down"), "A").getString("id"))
                .json();
        JsonObject moderate = api.get(
                        "felix", QUEUE + "/" + open(tenant, unique("Slow"), "B").getString("id"))
                .json();

        Instant criticalFiled = Instant.parse(critical.getString("createdDateTime"));
        assertThat(Instant.parse(critical.getJsonObject("sla").getString("firstResponseDue")))
                .isEqualTo(criticalFiled.plus(Duration.ofHours(2)));
        // Fabrikam publishes weekdays 08:00-20:00 and Saturday 10:00-14:00, London time.
        ServiceHours fabrikam = ServiceHours.parse(
                "Europe/London",
                "MON 08:00-20:00;TUE 08:00-20:00;WED 08:00-20:00;THU 08:00-20:00;FRI 08:00-20:00;SAT 10:00-14:00",
                "");
        Instant moderateFiled = Instant.parse(moderate.getString("createdDateTime"));
        assertThat(Instant.parse(moderate.getJsonObject("sla").getString("firstResponseDue")))
                .isEqualTo(SlaClock.firstResponseDue(Severity.B, moderateFiled, fabrikam, Duration.ofHours(4)));
        assertThat(moderate.getJsonObject("sla").isNull("firstRespondedAt")).isTrue();
        assertThat(moderate.getJsonObject("sla").getJsonNumber("minutesLeft").longValue())
                .isBetween(1L, Duration.ofDays(3).toMinutes());

        String id = moderate.getString("id");
        api.send("PATCH", "felix", QUEUE + "/" + id, "{\"assignee\":\"felix\"}");
        assertThat(api.get("felix", QUEUE + "/" + id)
                        .json()
                        .getJsonObject("sla")
                        .isNull("firstRespondedAt"))
                .as("assigning is not answering")
                .isTrue();
        api.send("PATCH", "felix", QUEUE + "/" + id, "{\"newNote\":\"Looking at your mail flow now.\"}");
        JsonObject answered = api.get("felix", QUEUE + "/" + id).json().getJsonObject("sla");
        assertThat(answered.isNull("firstRespondedAt")).isFalse();
        assertThat(answered.isNull("minutesLeft")).isTrue();
        api.send("PATCH", "felix", QUEUE + "/" + id, "{\"status\":\"IN_PROGRESS\"}");
        assertThat(api.get("felix", QUEUE + "/" + id)
                        .json()
                        .getJsonObject("sla")
                        .getString("firstRespondedAt"))
                .isEqualTo(answered.getString("firstRespondedAt"));
        assertThat(queueIds("felix", "&customerId=" + tenant.customer()))
                .as("the queue sorts by first-response due")
                .containsExactly(critical.getString("id"), id);
    }

    @Test
    void staffWorkARequestFromAssignmentToClosureAndTheCustomerFollows() {
        Tenant tenant = tenant("Worked", Demo.FABRIKAM);
        String title = unique("Teams calls drop");
        String id = open(tenant, title, "C").getString("id");
        String path = QUEUE + "/" + id;

        assertThat(api.send("PATCH", "felix", path, "{\"assignee\":\"felix\"}")
                        .json()
                        .getString("assignee"))
                .isEqualTo("felix");
        assertThat(queueIds("felix", "&assignee=me&customerId=" + tenant.customer()))
                .containsExactly(id);
        assertThat(api.send("PATCH", "felix", path, "{\"assignee\":\"fiona\"}").status())
                .isEqualTo(200);
        assertThat(support.notificationsAbout("fiona", "notice.request.assigned", title))
                .isEqualTo(1);
        Api.Response outsider = api.send("PATCH", "felix", path, "{\"assignee\":\"hana\"}");
        assertThat(outsider.status()).isEqualTo(422);
        assertThat(outsider.json().getString("code")).isEqualTo("ASSIGNEE_NOT_A_COLLEAGUE");
        assertThat(outsider.json().getString("message")).contains("hana", "Fabrikam Solutions");

        Api.Response note = api.send(
                "PATCH", "felix", path, "{\"newNote\":\"Please send a call ID.\",\"status\":\"WAITING_ON_CUSTOMER\"}");
        assertThat(note.status()).isEqualTo(200);
        Api.Response customerNote = api.send("PATCH", tenant.admin(), MINE + "/" + id, "{\"newNote\":\"Call ID 42.\"}");
        assertThat(customerNote.status()).isEqualTo(200);
        assertThat(support.notificationsAbout("fiona", "notice.request.customerNote", title))
                .isEqualTo(1);

        Api.Response noResolution = api.send("PATCH", "felix", path, "{\"status\":\"RESOLVED\"}");
        assertThat(noResolution.status()).isEqualTo(422);
        assertThat(noResolution.json().getString("code")).isEqualTo("RESOLUTION_REQUIRED");
        String etag = api.get("felix", path).header("ETag");
        Api.Response resolved = api.send(
                "PATCH", "felix", path, "{\"status\":\"RESOLVED\",\"resolution\":\"Updated the Teams client.\"}", etag);
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(api.send("PATCH", "felix", path, "{\"status\":\"CLOSED\"}", etag)
                        .status())
                .as("a stale If-Match")
                .isEqualTo(412);
        assertThat(api.send("PATCH", "felix", path, "{\"status\":\"CLOSED\"}").status())
                .isEqualTo(200);
        Api.Response reopen = api.send("PATCH", "felix", path, "{\"status\":\"IN_PROGRESS\"}");
        assertThat(reopen.status()).isEqualTo(422);
        assertThat(reopen.json().getString("code")).isEqualTo("INVALID_STATUS_CHANGE");

        JsonObject seenByCustomer = api.get(tenant.admin(), MINE + "/" + id).json();
        assertThat(seenByCustomer.getString("status")).isEqualTo("CLOSED");
        assertThat(seenByCustomer.getString("resolution")).isEqualTo("Updated the Teams client.");
        assertThat(seenByCustomer.getJsonArray("notes").getValuesAs(JsonObject.class).stream()
                        .map(n -> n.getString("text")))
                .containsExactly("Please send a call ID.", "Call ID 42.");
        assertThat(seenByCustomer.getJsonArray("notes").getJsonObject(0).getString("organisation"))
                .isEqualTo("Fabrikam Solutions");
        assertThat(support.notificationsAbout(tenant.admin(), "notice.request.status.RESOLVED", title))
                .isEqualTo(1);
        assertThat(support.notificationsAbout(tenant.admin(), "notice.request.partnerNote", title))
                .isEqualTo(1);
        assertThat(fixtures.auditCount(id, "SUPPORT_REQUEST_ASSIGNED")).isEqualTo(2);
        assertThat(fixtures.auditCount(id, "SUPPORT_REQUEST_NOTE_ADDED")).isEqualTo(2);
        assertThat(fixtures.auditCount(id, "SUPPORT_REQUEST_STATUS_CHANGED")).isEqualTo(3);
        assertThat(api.send("PATCH", tenant.admin(), MINE + "/" + id, "{\"newNote\":\"late\"}")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aResellerEscalatesToItsProviderWhichEscalatesToTheVendor() {
        Tenant tenant = tenant("Escalated", Demo.FABRIKAM);
        String title = unique("Mailbox corrupt");
        String original = open(tenant, title, "B").getString("id");

        Api.Response toVendorByReseller = api.send(
                "POST",
                "felix",
                QUEUE + "/" + original + "/escalations",
                vendorEscalation("TECHNICAL", TECHNICAL_MAIL_FLOW));
        assertThat(toVendorByReseller.status()).isEqualTo(422);
        assertThat(toVendorByReseller.json().getString("code")).isEqualTo("RESELLERS_ESCALATE_TO_PROVIDER");

        Api.Response escalated = api.send(
                "POST",
                "felix",
                QUEUE + "/" + original + "/escalations",
                "{\"level\":\"PROVIDER\",\"note\":\"Needs a mailbox repair beyond our scope.\"}");
        assertThat(escalated.status()).as(escalated.body()).isEqualTo(201);
        String copy = escalated.json().getString("supportRequestId");
        assertThat(api.send("POST", "felix", QUEUE + "/" + original + "/escalations", "{\"level\":\"PROVIDER\"}")
                        .status())
                .isEqualTo(409);

        JsonObject atContoso = api.get("hana", QUEUE + "/" + copy).json();
        assertThat(atContoso.getJsonObject("escalatedFrom").getString("id")).isEqualTo(original);
        assertThat(atContoso
                        .getJsonObject("escalatedFrom")
                        .getJsonObject("handler")
                        .getString("name"))
                .isEqualTo("Fabrikam Solutions");
        assertThat(atContoso.getJsonArray("notes").getJsonObject(0).getString("text"))
                .isEqualTo("Needs a mailbox repair beyond our scope.");
        assertThat(queueIds("hana", "&customerId=" + tenant.customer())).containsExactly(copy);
        JsonObject atFabrikam = api.get("felix", QUEUE + "/" + original).json();
        assertThat(atFabrikam.getJsonArray("escalations").getJsonObject(0).getString("id"))
                .isEqualTo(copy);
        assertThat(atFabrikam.getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(noteTexts(atFabrikam))
                .as("the note PartnerDesk adds, in English for the API")
                .contains("Escalated to Contoso Distribution: Needs a mailbox repair beyond our scope.");
        assertThat(support.notificationsAbout("hana", "notice.request.escalated", title))
                .isEqualTo(1);
        assertThat(api.get(tenant.admin(), MINE).json().getInt("totalCount"))
                .as("the customer sees its request once, not the partners' copy")
                .isEqualTo(1);

        Api.Response filed = api.send(
                "POST",
                "hana",
                QUEUE + "/" + copy + "/escalations",
                vendorEscalation("TECHNICAL", TECHNICAL_MAIL_FLOW));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        JsonObject serviceRequest = filed.json();
        assertThat(serviceRequest.getString("type")).isEqualTo("TECHNICAL");
        assertThat(serviceRequest.getString("status")).isEqualTo("OPEN");
        assertThat(serviceRequest.getString("supportRequestId")).isEqualTo(copy);
        assertThat(Instant.parse(serviceRequest.getString("initialResponseDue")))
                .isEqualTo(Instant.parse(serviceRequest.getString("createdDateTime"))
                        .plus(Duration.ofHours(4)));
        String srId = serviceRequest.getString("id");
        assertThat(api.get("hana", "api/v1/customers/" + tenant.customer() + "/servicerequests")
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("id"))
                .isEqualTo(srId);
        assertThat(api.get("felix", "api/v1/servicerequests/" + srId).status()).isEqualTo(404);
        assertThat(noteTexts(api.get("hana", QUEUE + "/" + copy).json()))
                .contains("Escalated to the vendor: service request " + srId);
        Api.Response noted = api.send(
                "PATCH",
                "adam",
                "api/v1/servicerequests/" + srId,
                "{\"newNote\":\"Vendor asked for logs.\",\"status\":\"ATTENTION_NEEDED\"}");
        assertThat(noted.status()).as(noted.body()).isEqualTo(200);
        assertThat(noted.json().getString("status")).isEqualTo("ATTENTION_NEEDED");
        assertThat(noted.json().getJsonArray("notes").getJsonObject(0).getString("text"))
                .isEqualTo("Vendor asked for logs.");
        assertThat(support.notifications("hana", "notice.serviceRequest.status"))
                .isPositive();
        assertThat(fixtures.auditCount(srId, "SERVICE_REQUEST_FILED")).isEqualTo(1);
        assertThat(fixtures.auditCount(original, "SUPPORT_REQUEST_ESCALATED")).isEqualTo(1);
    }

    private static String vendorEscalation(String type, UUID topic) {
        return "{\"level\":\"VENDOR\",\"serviceRequest\":{\"type\":\"" + type + "\",\"supportTopicId\":\"" + topic
                + "\",\"productId\":\"" + Demo.BUSINESS_STANDARD
                + "\",\"title\":\"Mailbox repair\",\"description\":\"Corrupt items after migration.\",\"severity\":\"B\"}}";
    }

    private static String serviceRequest(String type, UUID topic) {
        return "{\"type\":\"" + type + "\",\"supportTopicId\":\"" + topic
                + "\",\"title\":\"Invoice question\",\"description\":\"Two charges.\",\"severity\":\"C\"}";
    }

    @Test
    void filingOnBehalfOfACustomerNeedsDelegatedAdminAndTechnicalNeedsAPlan() {
        UUID noDelegatedAdmin = fixtures.customer("No Delegated Admin");
        fixtures.relationship(Demo.CONTOSO, noDelegatedAdmin, null);
        Api.Response refused = api.send(
                "POST",
                "hana",
                "api/v1/customers/" + noDelegatedAdmin + "/servicerequests",
                serviceRequest("COMMERCIAL", COMMERCIAL_BILLING));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().getString("code")).isEqualTo("NO_DELEGATED_ADMIN_FOR_SERVICE_REQUEST");
        assertThat(refused.json().getString("message"))
                .contains("Contoso Distribution", "No Delegated Admin", "delegated admin");

        UUID planless = fixtures.provider("Planless Provider");
        String staff = fixtures.staff(planless, "partnerdesk-helpdesk-agents");
        UUID customer = fixtures.customer("Planless Customer");
        fixtures.relationship(planless, customer, TWO_YEARS);
        String path = "api/v1/customers/" + customer + "/servicerequests";
        Api.Response technical = api.send("POST", staff, path, serviceRequest("TECHNICAL", TECHNICAL_MAIL_FLOW));
        assertThat(technical.status()).isEqualTo(422);
        assertThat(technical.json().getString("code")).isEqualTo("SUPPORT_PLAN_REQUIRED");
        assertThat(technical.json().getString("message")).contains("support plan");
        Api.Response mismatch = api.send("POST", staff, path, serviceRequest("COMMERCIAL", TECHNICAL_MAIL_FLOW));
        assertThat(mismatch.json().getString("code")).isEqualTo("SUPPORT_TOPIC_TYPE_MISMATCH");
        Api.Response commercial = api.send("POST", staff, path, serviceRequest("COMMERCIAL", COMMERCIAL_BILLING));
        assertThat(commercial.status()).as(commercial.body()).isEqualTo(201);
        String id = commercial.json().getString("id");
        assertThat(api.get(staff, "api/v1/servicerequests?status=OPEN")
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("id"))
                .isEqualTo(id);
        assertThat(api.get("hana", "api/v1/servicerequests/" + id).status()).isEqualTo(404);
        assertThat(api.get("hana", path).status())
                .as("a customer the caller has no relationship with")
                .isEqualTo(404);
        assertThat(api
                        .get(staff, "api/v1/servicerequests/supporttopics")
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(t -> t.getString("type"))
                        .distinct())
                .containsExactlyInAnyOrder("COMMERCIAL", "TECHNICAL");
    }

    @Test
    void serviceRequestListsCarryEachRequestsNotes() {
        UUID provider = fixtures.provider("Noted Provider");
        String staff = fixtures.staff(provider, "partnerdesk-helpdesk-agents");
        UUID customer = fixtures.customer("Noted Customer");
        fixtures.relationship(provider, customer, TWO_YEARS);
        String filed = "api/v1/customers/" + customer + "/servicerequests";
        String older = api.send("POST", staff, filed, serviceRequest("COMMERCIAL", COMMERCIAL_BILLING))
                .json()
                .getString("id");
        String newer = api.send("POST", staff, filed, serviceRequest("COMMERCIAL", COMMERCIAL_BILLING))
                .json()
                .getString("id");
        String quiet = api.send("POST", staff, filed, serviceRequest("COMMERCIAL", COMMERCIAL_BILLING))
                .json()
                .getString("id");
        for (String[] note :
                new String[][] {{older, "First on older"}, {newer, "Only on newer"}, {older, "Second on older"}}) {
            Api.Response noted =
                    api.send("PATCH", staff, "api/v1/servicerequests/" + note[0], "{\"newNote\":\"" + note[1] + "\"}");
            assertThat(noted.status()).as(noted.body()).isEqualTo(200);
        }

        for (String list : List.of("api/v1/servicerequests", filed, "api/v1/servicerequests?status=OPEN")) {
            List<JsonObject> items =
                    api.get(staff, list).json().getJsonArray("items").getValuesAs(JsonObject.class);
            assertThat(items).extracting(i -> i.getString("id")).containsExactly(quiet, newer, older);
            assertThat(noteTexts(items.get(0))).as(list).isEmpty();
            assertThat(noteTexts(items.get(1))).as(list).containsExactly("Only on newer");
            assertThat(noteTexts(items.get(2))).as(list).containsExactly("First on older", "Second on older");
            JsonObject note = items.get(2).getJsonArray("notes").getJsonObject(0);
            assertThat(note.getString("createdByName")).isEqualTo("Test " + staff);
            assertThat(Instant.parse(note.getString("createdDateTime"))).isBeforeOrEqualTo(Instant.now());
        }
    }

    private static List<String> noteTexts(JsonObject request) {
        return request.getJsonArray("notes").getValuesAs(JsonObject.class).stream()
                .map(n -> n.getString("text"))
                .toList();
    }

    @Test
    void theSupportOfferingIsEditedValidatedAuditedAndShownToCustomers() {
        UUID provider = fixtures.provider("Offering Provider");
        String admin = fixtures.staff(provider, "partnerdesk-admin-agents");
        String helpdesk = fixtures.staff(provider, "partnerdesk-helpdesk-agents");
        UUID customer = fixtures.customer("Offering Customer");
        fixtures.relationship(provider, customer, TWO_YEARS);
        fixtures.subscription(customer, Demo.AZURE_PLAN, provider, null, provider);
        String customerAdmin = fixtures.customerAdmin(customer);
        String offering = offering("help@offering.example", "https://help.offering.example", "09:00", "17:30");

        assertThat(api.get(admin, "api/v1/profiles/support").status()).isEqualTo(404);
        assertThat(api.send("PUT", helpdesk, "api/v1/profiles/support", offering)
                        .status())
                .isEqualTo(403);
        Api.Response saved = api.send("PUT", admin, "api/v1/profiles/support", offering);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonObject read = api.get(helpdesk, "api/v1/profiles/support").json();
        assertThat(read.getJsonObject("serviceHours").getString("timeZone")).isEqualTo("Europe/Istanbul");
        assertThat(read.getJsonObject("serviceHours")
                        .getJsonArray("weekly")
                        .getJsonObject(0)
                        .getString("to"))
                .isEqualTo("17:30");
        assertThat(read.getJsonObject("serviceHours").getJsonArray("holidays").getString(0))
                .isEqualTo("2026-10-29");
        assertThat(read.getJsonArray("supportPlans").getString(0)).isEqualTo("PREMIER");
        assertThat(read.getJsonObject("responseTargetMinutes").getInt("B")).isEqualTo(180);
        assertThat(fixtures.auditCount(provider, "SUPPORT_OFFERING_CHANGED")).isEqualTo(1);

        JsonObject contact = api.get(customerAdmin, "api/v1/customer/supportcontacts")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonObject("contact");
        assertThat(contact.getString("email")).isEqualTo("help@offering.example");
        assertThat(contact.getString("serviceHours")).isEqualTo("MON 09:00-17:30, FRI 09:00-17:30 (Europe/Istanbul)");
        assertThat(contact.getJsonArray("contactMethods").getString(0)).isEqualTo("EMAIL");
        assertThat(contact.getString("scope")).isEqualTo("Everything we sell.");
        assertThat(contact.getJsonObject("responseTargetMinutes").getInt("A")).isEqualTo(60);
        assertThat(contact.getJsonObject("responseTargetMinutes").getInt("B")).isEqualTo(180);
        assertThat(contact.getJsonObject("responseTargetMinutes").getInt("C")).isEqualTo(480);
        assertThat(contact.getJsonArray("upcomingHolidays").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString))
                .as("the holidays still to come")
                .containsExactly("2099-12-24");

        Api.Response bad = api.send(
                "PUT", admin, "api/v1/profiles/support", offering("not-an-address", "ftp://nowhere", "09:00", "17:30"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getJsonArray("details").toString()).contains("email", "website");
        Api.Response backwards = api.send(
                "PUT",
                admin,
                "api/v1/profiles/support",
                offering("help@offering.example", "https://help.offering.example", "18:00", "09:00"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().getString("message")).contains("18:00 is not before 09:00");
        Api.Response slower =
                api.send("PUT", admin, "api/v1/profiles/support", offering.replace("\"B\":180", "\"B\":300"));
        assertThat(slower.status()).isEqualTo(400);
        assertThat(slower.json().getString("message")).contains("B must be between 1 and 240 minutes");
        Api.Response stale = api.send("PUT", admin, "api/v1/profiles/support", offering, "\"0\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(fixtures.auditCount(provider, "SUPPORT_OFFERING_CHANGED")).isEqualTo(1);
    }

    private static String offering(String email, String website, String from, String to) {
        return "{\"email\":\"" + email + "\",\"telephone\":\"+90 212 555 0199\",\"website\":\"" + website
                + "\",\"serviceHours\":{\"timeZone\":\"Europe/Istanbul\",\"weekly\":[{\"day\":\"MON\",\"from\":\""
                + from
                + "\",\"to\":\"" + to + "\"},{\"day\":\"FRI\",\"from\":\"" + from + "\",\"to\":\"" + to
                + "\"}],\"holidays\":[\"2099-12-24\",\"2026-10-29\"]},\"contactMethods\":[\"EMAIL\",\"PHONE\"],"
                + "\"pricing\":\"Included.\",\"scope\":\"Everything we sell.\",\"supportPlans\":[\"PREMIER\"],"
                + "\"responseTargetMinutes\":{\"A\":60,\"B\":180,\"C\":480}}";
    }

    @Test
    void theDashboardCountsTheOrganisationsOpenRequestsBySeverityDueTimeAndAssigneeForThePersonAsking() {
        UUID provider = fixtures.provider("Workload");
        String agent = fixtures.staff(provider, "partnerdesk-helpdesk-agents");
        String colleague = fixtures.staff(provider, "partnerdesk-helpdesk-agents");
        UUID customer = fixtures.customer(unique("Workload customer"));
        fixtures.relationship(provider, customer, TWO_YEARS);
        Tenant tenant = new Tenant(
                customer,
                fixtures.subscription(customer, Demo.BUSINESS_STANDARD, provider, null, provider),
                fixtures.customerAdmin(customer));
        UUID critical = UUID.fromString(open(tenant, unique("Critical"), "A").getString("id"));
        UUID late = UUID.fromString(open(tenant, unique("Late"), "B").getString("id"));
        UUID mine = UUID.fromString(open(tenant, unique("Mine"), "B").getString("id"));
        UUID theirs = UUID.fromString(open(tenant, unique("Theirs"), "C").getString("id"));
        UUID resolved = UUID.fromString(open(tenant, unique("Resolved"), "A").getString("id"));
        Instant now = Instant.now();
        support.firstResponseDue(critical, now.plus(Duration.ofMinutes(20)));
        support.firstResponseDue(late, now.minus(Duration.ofMinutes(5)));
        support.firstResponseDue(mine, now.plus(Duration.ofHours(3)));
        support.firstResponseDue(theirs, now.plus(Duration.ofHours(30)));
        assertThat(api.send("PATCH", agent, QUEUE + "/" + mine, "{\"assignee\":\"" + agent + "\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.send("PATCH", agent, QUEUE + "/" + theirs, "{\"assignee\":\"" + colleague + "\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.send(
                                "PATCH",
                                agent,
                                QUEUE + "/" + resolved,
                                "{\"status\":\"RESOLVED\",\"resolution\":\"Restarted the service.\"}")
                        .status())
                .isEqualTo(200);
        // Another organisation's requests are not counted.
        open(tenant("Elsewhere", Demo.FABRIKAM), unique("Elsewhere"), "A");

        signedIn.as(agent);
        assertThat(supportQueue.workload()).isEqualTo(new SupportRequestRepository.Workload(1, 2, 1, 1, 1, 1, 2));
        // The chart: five received today, one resolved, nothing on the 29 days before.
        List<SupportRequestRepository.DailyCount> days = supportQueue.dailyActivity(30);
        assertThat(days).hasSize(30);
        assertThat(days.get(29).day()).isEqualTo(LocalDate.now(ZoneOffset.UTC));
        assertThat(days.get(29).opened()).isEqualTo(5);
        assertThat(days.get(29).resolved()).isEqualTo(1);
        assertThat(days.subList(0, 29))
                .allSatisfy(d -> assertThat(d.opened() + d.resolved()).isZero());
        signedIn.as(colleague);
        assertThat(supportQueue.workload().assignedToMe()).isEqualTo(1);

        // A first response counts at once: the request is no longer late.
        assertThat(api.send("PATCH", agent, QUEUE + "/" + late, "{\"newNote\":\"Looking into it.\"}")
                        .status())
                .isEqualTo(200);
        signedIn.as(agent);
        assertThat(supportQueue.workload().late()).isZero();
    }

    @Test
    void theSlaWatchWarnsOnceBeforeAndOnceAfterTheDueTime() {
        Tenant tenant = tenant("Watched", Demo.FABRIKAM);
        String soon = unique("Soon due");
        String late = unique("Overdue");
        UUID soonId = UUID.fromString(open(tenant, soon, "C").getString("id"));
        UUID lateId = UUID.fromString(open(tenant, late, "C").getString("id"));
        support.firstResponseDue(soonId, Instant.now().plus(Duration.ofMinutes(10)));
        support.firstResponseDue(lateId, Instant.now().minus(Duration.ofMinutes(5)));

        slaWatch.check(Instant.now());
        slaWatch.check(Instant.now());

        assertThat(support.notificationsAbout("felix", "notice.request.slaApproaching", soon))
                .isEqualTo(1);
        assertThat(support.notificationsAbout("felix", "notice.request.slaBroken", soon))
                .isZero();
        assertThat(support.notificationsAbout("felix", "notice.request.slaBroken", late))
                .isEqualTo(1);
        assertThat(support.notificationsAbout("felix", "notice.request.slaApproaching", late))
                .as("already overdue when the watch first saw it: no \"due in 0 minutes\" as well")
                .isZero();
        assertThat(fixtures.auditCount(lateId, "SUPPORT_REQUEST_SLA_BROKEN")).isEqualTo(1);
        assertThat(queueIds("felix", "&breaching=true&customerId=" + tenant.customer()))
                .containsExactly(lateId.toString());
        JsonObject inbox = api.get("felix", "api/v1/notifications?size=500").json();
        assertThat(inbox.getJsonArray("items").toString()).contains(late);
    }

    @Test
    void aNewRequestIsMailedToTheHandlersStaffThroughSmtp() throws Exception {
        assertThat(mailSettings.isEnabled()).isTrue();
        GreenMail smtp = new GreenMail(new ServerSetup(mailSettings.port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            Tenant tenant = tenant("Mailed", Demo.FABRIKAM);
            String title = unique("Printer on fire");
            open(tenant, title, "A");

            MimeMessage mail = mailTo(smtp, "felix@fabrikam.example", title);
            assertThat(mail.getFrom()[0].toString()).isEqualTo("partnerdesk@test.example");
            assertThat(subject(mail))
                    .startsWith("[PartnerDesk] New support request \"" + title + "\" from Mailed ")
                    .endsWith("(severity A – critical).");
            assertThat(mail.getContent().toString()).contains("support/request.xhtml?id=");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aPersonIsMailedInTheLanguageAndTimeZoneTheyLastReadThePortalIn() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(mailSettings.port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // felix is known (he has signed in) and reads PartnerDesk in Turkish, in Istanbul.
        assertThat(api.get("felix", "api/v1/me").status()).isEqualTo(200);
        readerChoices.fire(new ReaderChoice("felix", TURKISH, ZoneId.of("Europe/Istanbul")));
        try {
            DirectoryUser felix = directoryUsers.find("felix").orElseThrow();
            assertThat(felix.readerLocale()).isEqualTo(TURKISH);
            assertThat(felix.readerZone()).isEqualTo(ZoneId.of("Europe/Istanbul"));

            Tenant tenant = tenant("Postalandı", Demo.FABRIKAM);
            String title = unique("Yazıcı yanıyor");
            open(tenant, title, "A");

            MimeMessage mail = mailTo(smtp, "felix@fabrikam.example", title);
            String customer = fixtures.customerName(tenant.customer());
            String turkish = SystemText.message(
                    "notice.request.new",
                    TURKISH,
                    ZoneOffset.UTC,
                    title,
                    customer,
                    SystemText.word("support.severity.A"));
            assertThat(subject(mail)).isEqualTo("[PartnerDesk] " + turkish);
            String body = mail.getContent().toString();
            assertThat(body).startsWith(turkish).contains("support/request.xhtml?id=");
            assertThat(EnglishInTurkish.in(body.replace(title, "").replace(customer, "")))
                    .as("English in the Turkish mail")
                    .isEmpty();
        } finally {
            readerChoices.fire(new ReaderChoice("felix", Locale.ENGLISH, ZoneOffset.UTC));
            smtp.stop();
        }
    }

    /** The mail to {@code recipient} whose subject names {@code title}, waited for up to 15 seconds. */
    private static MimeMessage mailTo(GreenMail smtp, String recipient, String title) throws InterruptedException {
        MimeMessage mail = null;
        for (int i = 0; i < 150 && mail == null; i++) {
            mail = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> subject(m).contains(title) && recipient(m).equals(recipient))
                    .findFirst()
                    .orElse(null);
            Thread.sleep(100);
        }
        assertThat(mail).as("a mail to " + recipient + " about " + title).isNotNull();
        return mail;
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
