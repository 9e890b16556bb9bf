package io.partnerdesk.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.testsupport.Api;
import io.partnerdesk.testsupport.Demo;
import io.partnerdesk.testsupport.Deployments;
import io.partnerdesk.testsupport.Fixtures;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a hostile or careless client sends: a forged {@code Host}, wrongly typed query parameters,
 * oversized, deeply nested and malformed bodies. Every answer is a JSON error below 500, and no link
 * takes the client's host.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    /** The public URL the test portal runs with: the default, as nothing configures one. */
    private static final String PUBLIC_URL = "http://localhost:8080/";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTests(HostileInputIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    Api api;

    @Inject
    HttpServletRequest request;

    @ParameterizedTest
    @CsvSource({
        "sam, api/v1/customers/relationshiprequests, {\"delegatedAdmin\":false}, /my/accept.xhtml?token=",
        "sam, api/v1/relationships/invitations, '', /partners/accept.xhtml?token="
    })
    void invitationLinksStartWithThePublicUrlWhateverHostTheRequestNamed(
            String user, String path, String body, String page) throws IOException {
        String answer = raw("POST /" + path + " HTTP/1.0\r\n"
                + "Host: evil.example\r\n"
                + "X-Forwarded-Host: evil.example\r\n"
                + "X-Forwarded-Proto: https\r\n"
                + "Authorization: " + basic(user) + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Accept: application/json\r\n"
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n"
                + body);

        assertThat(answer).startsWith("HTTP/1.1 201");
        JsonObject link = Json.createReader(new StringReader(answer.substring(answer.indexOf("\r\n\r\n") + 4)))
                .readObject();
        assertThat(link.getString("url")).startsWith(PUBLIC_URL).contains(page + link.getString("token"));
        assertThat(answer).doesNotContain("evil.example");
    }

    @Test
    void aCreatedCustomersLocationStartsWithThePublicUrl() throws IOException {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"companyName\":\"Located " + unique + "\",\"domain\":\"l" + unique
                + ".example\",\"country\":\"US\"}";
        String answer = raw("POST /api/v1/customers HTTP/1.0\r\n"
                + "Host: evil.example\r\n"
                + "Authorization: " + basic("sam") + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n"
                + body);

        assertThat(answer).startsWith("HTTP/1.1 201").contains("Location: " + PUBLIC_URL + "api/v1/customers/");
        assertThat(answer).doesNotContain("evil.example");
    }

    @ParameterizedTest
    @CsvSource({
        "hana, api/v1/customers?offset=abc, offset",
        "hana, api/v1/customers?size=lots, size",
        "hana, api/v1/customers?offset=-1, offset",
        "hana, api/v1/customers?size=0, size",
        "hana, api/v1/customers?size=501, size",
        "hana, api/v1/supportrequests?status=BOGUS, status",
        "hana, api/v1/supportrequests?severity=Z, severity",
        "hana, api/v1/supportrequests?customerId=not-a-uuid, customerId",
        "hana, api/v1/supportrequests?offset=1.5, offset",
        "hana, api/v1/servicerequests?status=BOGUS, status",
        "hana, api/v1/servicerequests?size=99999999999, size",
        "hana, api/v1/serviceincidents?status=BOGUS, status",
        "hana, api/v1/serviceincidents?serviceId=nope, serviceId",
        "hana, api/v1/serviceincidents?customerId=12, customerId",
        "alice, api/v1/auditrecords?startDate=yesterday, dates",
        "alice, api/v1/auditrecords?endDate=2026-13-45, dates",
        "alice, api/v1/auditrecords?offset=abc, offset",
        "alice, api/v1/relationships?relationship_type=bogus, relationship_type",
        "hana, api/v1/notifications?offset=x, offset",
        "hana, api/v1/customers/" + "c0000000-0000-4000-8000-000000000001" + "/servicerequests?status=NOPE, status"
    })
    void aWronglyTypedOrOutOfRangeQueryParameterIs400NamingIt(String user, String path, String parameter) {
        Api.Response answer = api.get(user, path);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.json().getString("code")).isNotBlank();
        assertThat(answer.json().getString("message")).contains(parameter);
    }

    @Test
    void aMalformedIdInThePathIsStillANotFound() {
        Api.Response answer = api.get("hana", "api/v1/customers/not-a-uuid");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().getString("code")).isNotBlank();
    }

    @Test
    void aBodyAnnouncedOverItsLimitIsRefusedBeforeItIsSent() throws IOException {
        // Only the headers go out: the answer must come without the body ever being read.
        String answer = raw("POST /api/v1/customers HTTP/1.0\r\n"
                + "Host: 127.0.0.1\r\n"
                + "Authorization: " + basic("sam") + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + (BodyLimits.DEFAULT_MAX_BYTES + 1) + "\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).contains("\"code\":\"BODY_TOO_LARGE\"");
    }

    @Test
    void aChunkedBodyOverItsLimitIs413() {
        byte[] big = ("{\"companyName\":\"" + "x".repeat((int) BodyLimits.DEFAULT_MAX_BYTES + 10) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        // An input stream has no length: the client sends it chunked, with no Content-Length.
        Api.Response answer = api.send(api.request("api/v1/customers", "sam")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().getString("code")).isEqualTo("BODY_TOO_LARGE");
    }

    @Test
    void theFeedTakesMoreThanTheGeneralLimitButNotMoreThanItsOwn() throws IOException {
        String padded = "{\"pad\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        String threeMegabytes = raw("POST /api/v1/servicehealth/feed HTTP/1.0\r\n"
                + "Host: 127.0.0.1\r\n"
                + "Authorization: " + basic("alice") + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + padded.length() + "\r\n\r\n"
                + padded);
        // Only the headers go out: the answer must come without the body ever being read.
        String sixMegabytes = raw("POST /api/v1/servicehealth/feed HTTP/1.0\r\n"
                + "Host: 127.0.0.1\r\n"
                + "Authorization: " + basic("alice") + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + (BodyLimits.FEED_MAX_BYTES + 1) + "\r\n\r\n");

        // Read whole and judged as a feed: refused for what it says, not for its size.
        assertThat(threeMegabytes).startsWith("HTTP/1.1 400").contains("MALFORMED_FEED");
        assertThat(sixMegabytes).startsWith("HTTP/1.1 413").contains("BODY_TOO_LARGE");
    }

    @Test
    void aDeeplyNestedFeedIs400NotA500() {
        int depth = 20_000;
        String nested = "{\"value\":" + "[".repeat(depth) + "]".repeat(depth) + "}";

        Api.Response answer = api.send("POST", "alice", "api/v1/servicehealth/feed", nested);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().getString("code")).isEqualTo("BODY_TOO_DEEP");
    }

    /** Every endpoint that reads a body, each with what a hostile client might send it. */
    @Test
    void noBodyAClientSendsGetsA500() {
        UUID customer = fixtures.customer("Hostile");
        fixtures.relationship(Demo.CONTOSO, customer, Duration.ofDays(30));
        String admin = fixtures.customerAdmin(customer);
        UUID subscription = fixtures.subscription(customer, Demo.BUSINESS_STANDARD, Demo.CONTOSO, null, Demo.CONTOSO);
        UUID provider = fixtures.provider("Hostile Provider");
        String providerAdmin = fixtures.staff(provider, "partnerdesk-global-admins");
        String request = api.send(
                        "POST",
                        admin,
                        "api/v1/customer/supportrequests",
                        "{\"subscriptionId\":\"" + subscription
                                + "\",\"title\":\"Hostile\",\"description\":\"Bodies follow.\",\"severity\":\"C\"}")
                .json()
                .getString("id");
        String c = "api/v1/customers/" + customer;
        String s = c + "/subscriptions/" + subscription;

        // method, user, path, a plausible body with @@ where strings go
        List<String[]> endpoints = List.of(
                new String[] {
                    "POST", "sam", "api/v1/customers", "{\"companyName\":\"@@\",\"domain\":\"@@\",\"country\":\"US\"}"
                },
                new String[] {"PATCH", "alice", c, "{\"relationshipToPartner\":\"@@\"}"},
                new String[] {"POST", "sam", "api/v1/customers/relationshiprequests", "{\"delegatedAdmin\":true}"},
                new String[] {"POST", admin, "api/v1/customers/relationshiprequests/@@/accept", "{}"},
                new String[] {"POST", admin, "api/v1/customers/relationshiprequests/@@/decline", "{}"},
                new String[] {"POST", "alice", c + "/subscriptions", "{\"productId\":\"@@\",\"quantity\":1}"},
                new String[] {"PATCH", "alice", s, "{\"status\":\"@@\",\"quantity\":2}"},
                new String[] {"PUT", "alice", s + "/supportcontact", "{\"partnerId\":\"@@\"}"},
                new String[] {
                    "POST",
                    "alice",
                    "api/v1/supportcontacts/bulk",
                    "{\"subscriptionIds\":[\"@@\"],\"partnerId\":\"" + Demo.CONTOSO + "\",\"dryRun\":true}"
                },
                new String[] {
                    "PATCH", admin, "api/v1/customer/partners/" + Demo.CONTOSO, "{\"allowDelegatedAccess\":\"@@\"}"
                },
                new String[] {
                    "POST",
                    admin,
                    "api/v1/customer/supportrequests",
                    "{\"subscriptionId\":\"" + subscription
                            + "\",\"title\":\"@@\",\"description\":\"@@\",\"severity\":\"C\"}"
                },
                new String[] {"PATCH", admin, "api/v1/customer/supportrequests/" + request, "{\"newNote\":\"@@\"}"},
                new String[] {"PATCH", "hana", "api/v1/supportrequests/" + request, "{\"newNote\":\"@@\"}"},
                new String[] {"PATCH", "hana", "api/v1/supportrequests/" + request, "{\"resolution\":\"@@\"}"},
                new String[] {
                    "POST",
                    "hana",
                    "api/v1/supportrequests/" + request + "/escalations",
                    "{\"level\":\"@@\",\"note\":\"@@\"}"
                },
                new String[] {
                    "POST",
                    "adam",
                    c + "/servicerequests",
                    "{\"type\":\"COMMERCIAL\",\"supportTopicId\":\"70000000-0000-4000-8000-000000000001\",\"productId\":\""
                            + Demo.BUSINESS_STANDARD + "\",\"title\":\"@@\",\"description\":\"@@\",\"severity\":\"C\"}"
                },
                new String[] {"PATCH", "adam", "api/v1/servicerequests/" + UUID.randomUUID(), "{\"newNote\":\"@@\"}"},
                new String[] {
                    "PUT",
                    providerAdmin,
                    "api/v1/profiles/support",
                    "{\"email\":\"@@\",\"telephone\":\"@@\",\"website\":\"@@\",\"pricing\":\"@@\",\"scope\":\"@@\"}"
                },
                new String[] {
                    "POST", "alice", "api/v1/servicehealth/feed", "{\"value\":[{\"id\":\"@@\",\"title\":\"@@\"}]}"
                },
                new String[] {
                    "POST",
                    "sam",
                    "api/v1/relationships/invitations",
                    "{\"reseller\":{\"name\":\"@@\",\"mpnId\":\"@@\",\"directoryGroup\":\"@@\"}}"
                },
                new String[] {"POST", "fiona", "api/v1/relationships/invitations/@@/accept", "{}"},
                new String[] {"POST", "hana", "api/v1/notifications/read", "{}"});

        String wrongTypes = "{\"companyName\":1,\"domain\":[],\"country\":{},\"quantity\":\"many\","
                + "\"subscriptionId\":\"not-a-uuid\",\"severity\":\"Z\",\"partnerId\":7,\"status\":{},"
                + "\"newNote\":[1],\"title\":true,\"allowDelegatedAccess\":\"maybe\",\"productId\":\"x\","
                + "\"subscriptionIds\":\"x\",\"delegatedAdmin\":\"yes\",\"level\":5,\"email\":{},\"dryRun\":\"no\","
                + "\"relationshipToPartner\":false,\"reseller\":\"x\",\"serviceHours\":\"x\",\"value\":\"x\"}";
        String arraysForObjects = "{\"reseller\":[],\"serviceHours\":[1,2],\"serviceRequest\":[],\"value\":{},"
                + "\"responseTargetMinutes\":[],\"contactMethods\":{}}";
        String deep = "{\"a\":".repeat(200) + "1" + "}".repeat(200);
        List<String> hostile =
                List.of("", "{", "{\"a\":", "[]", "\"text\"", "null", "123", "{}", wrongTypes, arraysForObjects, deep);

        List<String> failures = new ArrayList<>();
        for (String[] e : endpoints) {
            String path = e[2].replace("@@", "x");
            List<String> bodies = new ArrayList<>(hostile);
            bodies.add(e[3].replace("@@", "y".repeat(20_000)));
            bodies.add(e[3].replace("@@", "\\u0000<script>\\\"'"));
            for (String body : bodies) {
                check(failures, e, path, body, api.send(e[0], e[1], path, body));
            }
            check(
                    failures,
                    e,
                    path,
                    "text/plain",
                    api.send(api.request(path, e[1])
                            .header("Content-Type", "text/plain")
                            .method(e[0], HttpRequest.BodyPublishers.ofString("plain words"))));
            check(
                    failures,
                    e,
                    path,
                    "no content type",
                    api.send(api.request(path, e[1]).method(e[0], HttpRequest.BodyPublishers.ofString("{}"))));
        }

        assertThat(failures).isEmpty();
    }

    private static void check(List<String> failures, String[] endpoint, String path, String body, Api.Response answer) {
        String what = endpoint[0] + " " + path + " as " + endpoint[1] + " with "
                + (body.length() > 60 ? body.substring(0, 60) + "…" : body) + " -> " + answer.status() + " "
                + (answer.body().length() > 200 ? answer.body().substring(0, 200) : answer.body());
        if (answer.status() >= 500) {
            failures.add(what);
        } else if (answer.status() >= 400) {
            String type = answer.header("Content-Type");
            if (type == null
                    || !type.startsWith("application/json")
                    || !answer.body().contains("\"code\"")) {
                failures.add("not a JSON error: " + what);
            }
        }
    }

    /**
     * Sends the bytes as they are and reads one answer: its headers, then as many bytes as its
     * Content-Length says (the server may keep the connection open, waiting for a body never sent).
     */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", this.request.getLocalPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            int b;
            while (!answer.toString(StandardCharsets.UTF_8).endsWith("\r\n\r\n") && (b = in.read()) >= 0) {
                answer.write(b);
            }
            String head = answer.toString(StandardCharsets.UTF_8);
            Matcher length = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(head);
            if (length.find()) {
                answer.write(in.readNBytes(Integer.parseInt(length.group(1))));
            } else {
                answer.write(in.readAllBytes());
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static String basic(String user) {
        return "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
