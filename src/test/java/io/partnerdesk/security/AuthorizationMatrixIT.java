package io.partnerdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.partnerdesk.testsupport.Api;
import io.partnerdesk.testsupport.Demo;
import io.partnerdesk.testsupport.Deployments;
import io.partnerdesk.testsupport.Fixtures;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every REST endpoint against every demo account: who may call it, who is refused (403) and to
 * whom an object of another organisation does not exist (404, exactly like an unknown id). Without
 * credentials every endpoint answers 401 with a {@code WWW-Authenticate: Basic} challenge.
 *
 * <p>A new endpoint needs a new row in {@code matrix}: {@code everyPublishedEndpointHasARow} fails
 * until it has one. Each row names the accounts that may call it ({@code allow}), those to whom the
 * object is hidden ({@code hide}) and, where the answer is certain, an exact status ({@code expect});
 * every other account must get 403. "Allowed" means any answer but 401, 403, 404 and 5xx: mutating
 * rows send bodies that are invalid or refused by a business rule, or work on data this test creates,
 * so that the matrix changes nothing other tests rely on and runs in any order. All wrong cells are
 * reported at once.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    private static final String GET = "GET";
    private static final String POST = "POST";
    private static final String PUT = "PUT";
    private static final String PATCH = "PATCH";
    private static final String DELETE = "DELETE";

    private static final String MULTIPART = "multipart/form-data; boundary=matrix-boundary";
    private static final String FILE = "--matrix-boundary\r\nContent-Disposition: form-data; name=\"file\";"
            + " filename=\"matrix.txt\"\r\nContent-Type: text/plain\r\n\r\nFrom the authorization matrix."
            + "\r\n--matrix-boundary--\r\n";

    // Contoso Distribution, the indirect provider that operates the installation.
    private static final String[] CONTOSO = {"alice", "adam", "hana", "sam", "uma"};
    private static final String[] FABRIKAM = {"fiona", "felix"};
    private static final String[] NORTHWIND = {"nina", "ned"};
    /** Wingtip's partnership with Contoso is only invited. */
    private static final String[] WINGTIP = {"walt"};

    private static final String[] CUSTOMER_ADMINS = {"tom", "ava", "lena"};
    private static final String[] STAFF = concat(CONTOSO, FABRIKAM, NORTHWIND, WINGTIP);
    private static final String[] EVERYONE = concat(STAFF, CUSTOMER_ADMINS);

    private static final String[] GLOBAL_ADMINS = {"alice", "fiona", "nina", "walt"};
    private static final String[] RESELLER_GLOBAL_ADMINS = {"fiona", "nina", "walt"};
    /** GLOBAL_ADMIN, USER_MANAGEMENT_ADMIN, HELPDESK_AGENT, ADMIN_AGENT: everyone on staff but sam. */
    private static final String[] TECHNICAL = {"alice", "adam", "hana", "uma", "fiona", "felix", "nina", "ned", "walt"};

    private static final String[] CONTOSO_TECHNICAL = {"alice", "adam", "hana", "uma"};
    private static final String[] RESELLER_TECHNICAL = {"fiona", "felix", "nina", "ned", "walt"};
    private static final String[] RESELLER_STAFF = concat(FABRIKAM, NORTHWIND, WINGTIP);
    private static final String[] OPERATOR_DIRECTORY_ADMINS = {"alice", "uma"};

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTests(AuthorizationMatrixIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    Api api;

    @Test
    void everyAccountGetsWhatTheDesignAllowsFromEveryEndpoint() {
        List<String> wrong = new ArrayList<>();
        Data data = createData();
        try {
            for (Row row : matrix(data)) {
                check(row, null, Expect.status(401), wrong);
                for (Map.Entry<String, Expect> cell : row.cells().entrySet()) {
                    check(row, cell.getKey(), cell.getValue(), wrong);
                }
            }
        } finally {
            api.send(DELETE, "alice", "api/v1/webhooks/" + data.webhook(), "");
        }
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " cells of the authorization matrix are wrong:\n" + String.join("\n", wrong));
        }
    }

    @Test
    void everyPublishedEndpointHasARow() {
        Api.Response document =
                api.send(api.request("openapi?format=JSON", null).header("Accept", "application/json"));
        assertThat(document.status()).isEqualTo(200);
        JsonObject paths;
        try (JsonReader reader = Json.createReader(new StringReader(document.body()))) {
            paths = reader.readObject().getJsonObject("paths");
        }
        Set<String> published = new TreeSet<>();
        paths.forEach((path, operations) -> operations.asJsonObject().keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "patch", "delete").contains(m))
                .forEach(m -> published.add(m.toUpperCase(Locale.ROOT) + " " + shape(path))));
        Set<String> covered = matrix(Data.unused()).stream()
                .map(r -> r.method() + " " + shape("/api/v1" + r.template()))
                .collect(Collectors.toSet());

        assertThat(published)
                .as("endpoints in /openapi without a row in the matrix")
                .isSubsetOf(covered);
    }

    /** The matrix: one row per endpoint (several where the answer depends on the object or the body). */
    private List<Row> matrix(Data d) {
        return List.of(
                // Identity and the caller's organisation
                row(GET, "/me").allow(EVERYONE),
                row(GET, "/partners/me").allow(STAFF),
                row(GET, "/relationships")
                        .query("relationship_type=indirect_reseller")
                        .allow(STAFF),
                // An empty body asks for a link open to any reseller: only a provider's may.
                row(POST, "/relationships/invitations").body("").allow("alice", "sam"),
                row(POST, "/relationships/invitations/{token}/accept", "unknown-" + UUID.randomUUID())
                        .as("unknown token")
                        .expect(404, GLOBAL_ADMINS)
                        .expect(404, "sam"),
                row(DELETE, "/relationships/{partnerId}", d.resellerToDrop())
                        .as("a partnership of Contoso's this test made")
                        .allow("alice")
                        .hide(RESELLER_GLOBAL_ADMINS),

                // Customers and relationships
                row(GET, "/customers").allow(STAFF),
                row(POST, "/customers")
                        .body("{\"companyName\":\"\",\"domain\":\"\",\"country\":\"\"}")
                        .as("invalid body")
                        .allow("alice", "adam", "sam", "fiona", "nina", "walt"),
                row(GET, "/customers/{customerId}", Demo.LITWARE)
                        .as("Litware: Contoso only")
                        .allow(CONTOSO)
                        .hide(RESELLER_STAFF),
                row(GET, "/customers/{customerId}", Demo.TAILSPIN)
                        .as("Tailspin: not Wingtip")
                        .allow(concat(CONTOSO, FABRIKAM, NORTHWIND))
                        .hide(WINGTIP),
                row(GET, "/customers/{customerId}", UUID.randomUUID())
                        .as("unknown id")
                        .hide(STAFF),
                row(PATCH, "/customers/{customerId}", d.heldCustomer())
                        .as("remove, blocked by an active subscription")
                        .body("{\"relationshipToPartner\":\"none\"}")
                        .expect(409, "alice")
                        .hide(RESELLER_GLOBAL_ADMINS),
                row(PATCH, "/customers/{customerId}", d.delegatedCustomer())
                        .as("give up delegated admin")
                        .body("{\"allowDelegatedAccess\":false}")
                        .allow("alice", "adam")
                        .hide(RESELLER_GLOBAL_ADMINS),
                row(GET, "/customers/{customerId}/relationships", Demo.LITWARE)
                        .allow(CONTOSO)
                        .hide(RESELLER_STAFF),
                row(POST, "/customers/relationshiprequests")
                        .body("{\"delegatedAdmin\":false}")
                        .allow("alice", "adam", "sam", "fiona", "nina", "walt"),
                row(POST, "/customers/relationshiprequests/{token}/accept", "unknown-" + UUID.randomUUID())
                        .as("unknown token")
                        .expect(404, CUSTOMER_ADMINS),
                row(POST, "/customers/relationshiprequests/{token}/decline", "unknown-" + UUID.randomUUID())
                        .as("unknown token")
                        .expect(404, CUSTOMER_ADMINS),

                // Subscriptions and support contacts
                row(GET, "/customers/{customerId}/subscriptions", Demo.LITWARE)
                        .allow(CONTOSO)
                        .hide(RESELLER_STAFF),
                // Wingtip's partnership is only invited: refused by rule, nothing is added.
                row(POST, "/customers/{customerId}/subscriptions", Demo.TAILSPIN)
                        .as("reseller not eligible")
                        .body("{\"productId\":\"%s\",\"quantity\":1,\"resellerId\":\"%s\"}"
                                .formatted(Demo.AZURE_PLAN, Demo.WINGTIP))
                        .expect(422, "alice", "adam", "sam")
                        .hide(WINGTIP),
                row(
                                GET,
                                "/customers/{customerId}/subscriptions/{subscriptionId}",
                                Demo.TAILSPIN,
                                Demo.TAILSPIN_BUSINESS_STANDARD)
                        .as("resold by Fabrikam")
                        .allow(concat(CONTOSO, FABRIKAM))
                        .hide(concat(NORTHWIND, WINGTIP)),
                row(
                                GET,
                                "/customers/{customerId}/subscriptions/{subscriptionId}",
                                Demo.TAILSPIN,
                                Demo.TAILSPIN_AZURE_PLAN)
                        .as("no reseller")
                        .allow(CONTOSO)
                        .hide(RESELLER_STAFF),
                row(
                                PATCH,
                                "/customers/{customerId}/subscriptions/{subscriptionId}",
                                Demo.TAILSPIN,
                                Demo.TAILSPIN_BUSINESS_STANDARD)
                        .as("nothing to change")
                        .body("{}")
                        .expect(422, "alice", "adam", "sam")
                        .hide("nina", "walt"),
                row(
                                GET,
                                "/customers/{customerId}/subscriptions/{subscriptionId}/supportcontact",
                                Demo.TAILSPIN,
                                Demo.TAILSPIN_BUSINESS_STANDARD)
                        .allow(concat(CONTOSO, FABRIKAM))
                        .hide(concat(NORTHWIND, WINGTIP)),
                // Northwind holds no delegated admin for Tailspin: refused by rule 2, nothing changes.
                row(
                                PUT,
                                "/customers/{customerId}/subscriptions/{subscriptionId}/supportcontact",
                                Demo.TAILSPIN,
                                Demo.TAILSPIN_BUSINESS_STANDARD)
                        .as("not eligible")
                        .body("{\"partnerId\":\"" + Demo.NORTHWIND + "\"}")
                        .expect(422, CONTOSO)
                        .hide(concat(NORTHWIND, WINGTIP)),
                row(
                                GET,
                                "/customers/{customerId}/subscriptions/{subscriptionId}/supportcontact/candidates",
                                Demo.TAILSPIN,
                                Demo.TAILSPIN_BUSINESS_STANDARD)
                        .allow(concat(CONTOSO, FABRIKAM))
                        .hide(concat(NORTHWIND, WINGTIP)),
                row(POST, "/supportcontacts/bulk")
                        .as("no partnerId")
                        .body("{\"subscriptionIds\":[\"%s\"],\"dryRun\":true}".formatted(Demo.TAILSPIN_AZURE_PLAN))
                        .expect(400, STAFF),
                // A contact a reseller may name is only one it knows as its own or its reseller's.
                row(POST, "/supportcontacts/bulk")
                        .as("dry run naming Contoso")
                        .body("{\"subscriptionIds\":[\"%s\"],\"partnerId\":\"%s\",\"dryRun\":true}"
                                .formatted(Demo.TAILSPIN_AZURE_PLAN, Demo.CONTOSO))
                        .allow(CONTOSO)
                        .hide(RESELLER_STAFF),
                row(GET, "/products").allow(EVERYONE),
                row(GET, "/customers/{customerId}/auditrecords", Demo.LITWARE)
                        .allow("alice", "uma")
                        .hide(RESELLER_GLOBAL_ADMINS),

                // The customer's side
                row(GET, "/customer/partners").allow(CUSTOMER_ADMINS),
                row(PATCH, "/customer/partners/{partnerId}", Demo.CONTOSO)
                        .as("invalid body")
                        .body("{\"allowDelegatedAccess\":true}")
                        .expect(400, CUSTOMER_ADMINS),
                row(GET, "/customer/supportcontacts").allow(CUSTOMER_ADMINS),
                row(GET, "/customer/supportrequests").allow(CUSTOMER_ADMINS),
                row(POST, "/customer/supportrequests")
                        .as("invalid body")
                        .body("{\"subscriptionId\":\"" + UUID.randomUUID() + "\"}")
                        .allow(CUSTOMER_ADMINS),
                row(GET, "/customer/supportrequests/{id}", d.supportRequest())
                        .as("opened by the test's own customer admin")
                        .allow(d.customerAdmin())
                        .hide(CUSTOMER_ADMINS),
                row(PATCH, "/customer/supportrequests/{id}", d.supportRequest())
                        .body("{\"newNote\":\"A note from the authorization matrix\"}")
                        .allow(d.customerAdmin())
                        .hide(CUSTOMER_ADMINS),
                row(POST, "/customer/supportrequests/{id}/attachments", d.supportRequest())
                        .file()
                        .allow(d.customerAdmin())
                        .hide(CUSTOMER_ADMINS),
                row(GET, "/customer/supportrequests/{id}/attachments", d.supportRequest())
                        .allow(d.customerAdmin())
                        .hide(CUSTOMER_ADMINS),
                row(
                                GET,
                                "/customer/supportrequests/{id}/attachments/{attachmentId}",
                                d.supportRequest(),
                                d.attachment())
                        .accept("*/*")
                        .allow(d.customerAdmin())
                        .hide(CUSTOMER_ADMINS),

                // Support offering
                // Wingtip has published no offering: its staff may ask, and are told there is none.
                row(GET, "/profiles/support")
                        .allow(concat(CONTOSO, FABRIKAM, NORTHWIND))
                        .expect(404, WINGTIP),
                row(PUT, "/profiles/support")
                        .as("invalid body")
                        .body("{\"email\":\"not an address\"}")
                        .allow("alice", "adam", "fiona", "nina", "walt"),

                // Service health, incidents, service management
                row(GET, "/servicehealth").allow(TECHNICAL),
                // Shared by every tenant: only the operator's global admin changes it.
                row(POST, "/servicehealth/feed")
                        .as("an empty feed")
                        .body("{\"healthOverviews\":[],\"issues\":[]}")
                        .allow("alice"),
                row(GET, "/serviceincidents").allow(TECHNICAL),
                row(GET, "/serviceincidents/{id}", Demo.EXCHANGE_INCIDENT).allow(TECHNICAL),
                row(GET, "/customers/{customerId}/servicehealth", Demo.LITWARE)
                        .allow(CONTOSO_TECHNICAL)
                        .hide(RESELLER_TECHNICAL),
                row(GET, "/customers/{customerId}/managedservices", Demo.LITWARE)
                        .allow(CONTOSO_TECHNICAL)
                        .hide(RESELLER_TECHNICAL),
                row(
                                POST,
                                "/customers/{customerId}/managedservices/{serviceId}/administer",
                                d.delegatedForService(),
                                Demo.EXCHANGE_ONLINE)
                        .allow(CONTOSO_TECHNICAL)
                        .hide(RESELLER_TECHNICAL),

                // Service requests
                row(GET, "/servicerequests").allow(TECHNICAL),
                row(GET, "/servicerequests/supporttopics").allow(TECHNICAL),
                row(GET, "/servicerequests/{id}", d.serviceRequest())
                        .allow(CONTOSO_TECHNICAL)
                        .hide(RESELLER_TECHNICAL),
                row(PATCH, "/servicerequests/{id}", d.serviceRequest())
                        .body("{\"newNote\":\"A note from the authorization matrix\"}")
                        .allow(CONTOSO_TECHNICAL)
                        .hide(RESELLER_TECHNICAL),
                row(GET, "/customers/{customerId}/servicerequests", Demo.LITWARE)
                        .allow(CONTOSO_TECHNICAL)
                        .hide(RESELLER_TECHNICAL),
                // Contoso holds no delegated admin for this customer: refused by rule 6.
                row(POST, "/customers/{customerId}/servicerequests", d.heldCustomer())
                        .as("no delegated admin")
                        .body(("{\"type\":\"COMMERCIAL\",\"supportTopicId\":\"%s\",\"title\":\"Matrix\","
                                        + "\"description\":\"Matrix\",\"severity\":\"C\"}")
                                .formatted(UUID.randomUUID()))
                        .expect(422, CONTOSO_TECHNICAL)
                        .hide(RESELLER_TECHNICAL),

                // Support requests
                row(GET, "/supportrequests").allow(TECHNICAL),
                row(GET, "/supportrequests/{id}", d.supportRequest())
                        .allow(CONTOSO_TECHNICAL)
                        .hide(RESELLER_TECHNICAL),
                row(PATCH, "/supportrequests/{id}", d.supportRequest())
                        .body("{\"newNote\":\"A note from the authorization matrix\"}")
                        .allow(CONTOSO_TECHNICAL)
                        .hide(RESELLER_TECHNICAL),
                row(POST, "/supportrequests/{id}/attachments", d.supportRequest())
                        .file()
                        .allow(CONTOSO_TECHNICAL)
                        .hide(RESELLER_TECHNICAL),
                row(GET, "/supportrequests/{id}/attachments", d.supportRequest())
                        .allow(CONTOSO_TECHNICAL)
                        .hide(RESELLER_TECHNICAL),
                row(GET, "/supportrequests/{id}/attachments/{attachmentId}", d.supportRequest(), d.attachment())
                        .accept("*/*")
                        .allow(CONTOSO_TECHNICAL)
                        .hide(RESELLER_TECHNICAL),
                // Contoso is the provider: there is no next level to escalate to but the vendor.
                row(POST, "/supportrequests/{id}/escalations", d.supportRequest())
                        .as("to the provider, by the provider")
                        .body("{\"level\":\"PROVIDER\"}")
                        .expect(422, CONTOSO_TECHNICAL)
                        .hide(RESELLER_TECHNICAL),

                // The SLA report of the caller's organisation
                row(GET, "/reports/sla").allow(TECHNICAL),
                row(GET, "/reports/sla").as("CSV").accept("text/csv").allow(TECHNICAL),

                // Notifications
                row(GET, "/notifications").allow(EVERYONE),
                row(POST, "/notifications/read").body("").allow(EVERYONE),

                // Audit log
                row(GET, "/auditrecords").allow("alice", "uma", "fiona", "nina", "walt"),
                row(GET, "/auditrecords").as("CSV").accept("text/csv").allow("alice", "uma", "fiona", "nina", "walt"),

                // Organisations and their directory groups: the operator's directory admins only
                row(GET, "/organisations").allow(OPERATOR_DIRECTORY_ADMINS),
                row(GET, "/organisations/conflicts").allow(OPERATOR_DIRECTORY_ADMINS),
                row(PUT, "/organisations/{id}/directorygroup", d.resellerToDrop())
                        .as("an empty group")
                        .body("{\"directoryGroup\":\"\"}")
                        .allow(OPERATOR_DIRECTORY_ADMINS),
                row(DELETE, "/organisations/{id}/directorygroup", UUID.randomUUID())
                        .as("unknown id")
                        .expect(404, OPERATOR_DIRECTORY_ADMINS),

                // Webhooks: each partner's global admin, for the partner's own
                row(GET, "/webhooks").allow(GLOBAL_ADMINS),
                row(POST, "/webhooks")
                        .as("an ftp address")
                        .body("{\"url\":\"ftp://hooks.example.com/\",\"events\":[\"SUPPORT_REQUEST_CREATED\"]}")
                        .expect(422, GLOBAL_ADMINS),
                row(GET, "/webhooks/{id}", d.webhook()).allow("alice").hide(RESELLER_GLOBAL_ADMINS),
                row(GET, "/webhooks/{id}/deliveries", d.webhook())
                        .allow("alice")
                        .hide(RESELLER_GLOBAL_ADMINS),
                row(DELETE, "/webhooks/{id}", UUID.randomUUID())
                        .as("unknown id")
                        .expect(404, GLOBAL_ADMINS));
    }

    /**
     * The data the mutating rows work on, made for this test alone: customers of Contoso's (one
     * without delegated admin and with an active subscription, two with delegated admin), a
     * reseller partnership to end, a customer admin of Contoso's customer with a support request
     * open (with a file the customer admin attached), a service request Contoso filed, and a webhook of
     * Contoso's.
     */
    record Data(
            UUID resellerToDrop,
            UUID heldCustomer,
            UUID delegatedCustomer,
            UUID delegatedForService,
            String customerAdmin,
            UUID supportRequest,
            UUID serviceRequest,
            UUID webhook,
            UUID attachment) {

        /** Ids nobody has, for reading the matrix's paths only. */
        static Data unused() {
            return new Data(
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    "nobody",
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    UUID.randomUUID());
        }
    }

    private Data createData() {
        UUID resellerToDrop = fixtures.reseller("Matrix reseller");
        fixtures.partnership(Demo.CONTOSO, resellerToDrop, true);

        UUID heldCustomer = customerOfContoso("Matrix held", null);
        UUID delegatedCustomer = customerOfContoso("Matrix delegated", Duration.ofDays(30));
        UUID served = customerOfContoso("Matrix served", Duration.ofDays(30));
        UUID subscription = fixtures.subscription(served, Demo.EXCHANGE_PLAN_1, Demo.CONTOSO, null, Demo.CONTOSO);

        String customerAdmin = fixtures.customerAdmin(served);
        Api.Response opened = api.send(
                POST,
                customerAdmin,
                "api/v1/customer/supportrequests",
                "{\"subscriptionId\":\"%s\",\"title\":\"Matrix\",\"description\":\"Matrix\",\"severity\":\"C\"}"
                        .formatted(subscription));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);

        String topic = api
                .get("alice", "api/v1/servicerequests/supporttopics")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(t -> "COMMERCIAL".equals(t.getString("type")))
                .findFirst()
                .orElseThrow()
                .getString("id");
        Api.Response filed = api.send(
                POST,
                "alice",
                "api/v1/customers/" + served + "/servicerequests",
                ("{\"type\":\"COMMERCIAL\",\"supportTopicId\":\"%s\",\"title\":\"Matrix\","
                                + "\"description\":\"Matrix\",\"severity\":\"C\"}")
                        .formatted(topic));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        // Contoso's webhook, deleted again when the matrix has run; the port is discard's, nobody listens.
        Api.Response webhook = api.send(
                POST,
                "alice",
                "api/v1/webhooks",
                "{\"url\":\"http://127.0.0.1:9/matrix\",\"events\":[\"SUPPORT_CONTACT_CHANGED\"]}");
        assertThat(webhook.status()).as(webhook.body()).isEqualTo(201);
        Api.Response attached = api.send(api.request(
                        "api/v1/customer/supportrequests/" + opened.json().getString("id") + "/attachments",
                        customerAdmin)
                .header("Content-Type", MULTIPART)
                .POST(HttpRequest.BodyPublishers.ofString(FILE)));
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);

        return new Data(
                resellerToDrop,
                heldCustomer,
                delegatedCustomer,
                served,
                customerAdmin,
                UUID.fromString(opened.json().getString("id")),
                UUID.fromString(filed.json().getString("id")),
                UUID.fromString(webhook.json().getString("id")),
                UUID.fromString(attached.json().getString("id")));
    }

    private UUID customerOfContoso(String name, Duration delegatedAdmin) {
        UUID customer = fixtures.customer(name);
        fixtures.relationship(Demo.CONTOSO, customer, delegatedAdmin);
        fixtures.subscription(customer, Demo.EXCHANGE_PLAN_1, Demo.CONTOSO, null, Demo.CONTOSO);
        return customer;
    }

    private void check(Row row, String account, Expect expected, List<String> wrong) {
        HttpRequest.Builder request = api.request(row.path(), account).header("Accept", row.accept());
        if (row.body() != null) {
            request.header("Content-Type", row.contentType())
                    .method(row.method(), HttpRequest.BodyPublishers.ofString(row.body()));
        } else {
            request.method(row.method(), HttpRequest.BodyPublishers.noBody());
        }
        Api.Response answer = api.send(request);
        boolean challenged = account != null
                || (answer.header("WWW-Authenticate") != null
                        && answer.header("WWW-Authenticate").startsWith("Basic"));
        if (!expected.test().test(answer.status()) || !challenged) {
            String body = answer.body() == null ? "" : answer.body().replaceAll("\\s+", " ");
            wrong.add("%-6s %s%s as %s: expected %s, got %d %s"
                    .formatted(
                            row.method(),
                            row.template(),
                            row.label() == null ? "" : " (" + row.label() + ")",
                            account == null ? "nobody (no credentials)" : account,
                            expected.label() + (challenged ? "" : " with WWW-Authenticate: Basic"),
                            answer.status(),
                            body.length() > 160 ? body.substring(0, 160) + "..." : body));
        }
    }

    /** What a cell expects. */
    record Expect(String label, IntPredicate test) {
        /** Anything but "who are you", "not you", "no such thing" and a server failure. */
        static final Expect ALLOWED =
                new Expect("allowed (not 401/403/404/5xx)", s -> s != 401 && s != 403 && s != 404 && s < 500);

        static Expect status(int status) {
            return new Expect(String.valueOf(status), s -> s == status);
        }
    }

    /** One request and, per account, the answer it must get; accounts not named get 403. */
    private static final class Row {
        private final String method;
        private final String template;
        private final Object[] args;
        private final Map<String, Expect> cells = new LinkedHashMap<>();
        private String query;
        private String body;
        private String label;
        private String accept = "application/json";
        private String contentType = "application/json";

        Row(String method, String template, Object... args) {
            this.method = method;
            this.template = template;
            this.args = args;
            for (String account : EVERYONE) {
                cells.put(account, Expect.status(403));
            }
        }

        Row allow(String... accounts) {
            return set(Expect.ALLOWED, accounts);
        }

        Row hide(String... accounts) {
            return set(Expect.status(404), accounts);
        }

        Row expect(int status, String... accounts) {
            return set(Expect.status(status), accounts);
        }

        Row body(String json) {
            this.body = json;
            return this;
        }

        Row query(String query) {
            this.query = query;
            return this;
        }

        Row as(String label) {
            this.label = label;
            return this;
        }

        /** A small text file as {@code multipart/form-data}, as an upload sends it. */
        Row file() {
            this.body = FILE;
            this.contentType = MULTIPART;
            return this;
        }

        String contentType() {
            return contentType;
        }

        Row accept(String mediaType) {
            this.accept = mediaType;
            return this;
        }

        private Row set(Expect expect, String... accounts) {
            for (String account : accounts) {
                cells.put(account, expect);
            }
            return this;
        }

        String method() {
            return method;
        }

        String template() {
            return template;
        }

        String label() {
            return label;
        }

        String body() {
            return body;
        }

        String accept() {
            return accept;
        }

        Map<String, Expect> cells() {
            return cells;
        }

        /** The concrete path: the template's placeholders filled with the row's ids, in order. */
        String path() {
            String path = template;
            for (Object arg : args) {
                int open = path.indexOf('{');
                path = path.substring(0, open) + arg + path.substring(path.indexOf('}', open) + 1);
            }
            return "api/v1" + path + (query == null ? "" : "?" + query);
        }
    }

    private static Row row(String method, String template, Object... args) {
        return new Row(method, template, args);
    }

    /** A path with its placeholders' names left out, so that templates compare whatever they call them. */
    private static String shape(String path) {
        return path.replaceAll("\\{[^}]*}", "{}").replaceAll("/$", "");
    }

    private static String[] concat(String[]... groups) {
        Set<String> all = new LinkedHashSet<>();
        Arrays.stream(groups).flatMap(Stream::of).forEach(all::add);
        return all.toArray(String[]::new);
    }
}
