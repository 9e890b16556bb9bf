package io.partnerdesk.support.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.partnerdesk.support.application.MailReplies;
import io.partnerdesk.testsupport.Api;
import io.partnerdesk.testsupport.Demo;
import io.partnerdesk.testsupport.Deployments;
import io.partnerdesk.testsupport.Fixtures;
import io.partnerdesk.testsupport.SupportFixtures;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Replies by e-mail, against GreenMail's SMTP (the notifications the portal sends) and IMAP (the
 * reply mailbox it reads): a notification about a request carries the request's reply address; a
 * reply from a person who may write on the request becomes their note, without the quote and with
 * its file; a reply from anyone else, or to no request, is left unread; nothing becomes a note twice.
 * Each test opens a request of its own (Tailspin's Azure plan, which Contoso supports).
 */
@ExtendWith(ArquillianExtension.class)
class MailRepliesIT {

    private static final String MAILBOX = "support@test.example";

    @Deployment
    static WebArchive deployment() {
        int smtpPort = Deployments.freePort(13100);
        int imapPort = Deployments.freePort(smtpPort + 1);
        return Deployments.withGreenMail(
                Deployments.portalWithTests(MailRepliesIT.class, SupportFixtures.class),
                "partnerdesk.mail.host=127.0.0.1\npartnerdesk.mail.port=" + smtpPort
                        + "\npartnerdesk.mail.from=partnerdesk@test.example\npartnerdesk.mail.imap.host=127.0.0.1"
                        + "\npartnerdesk.mail.imap.port=" + imapPort + "\npartnerdesk.mail.imap.ssl=false"
                        + "\npartnerdesk.mail.imap.username=support\npartnerdesk.mail.imap.password=secret"
                        + "\npartnerdesk.mail.imap.address=" + MAILBOX
                        + "\npartnerdesk.directory.members-max-age-seconds=0");
    }

    @Inject
    Fixtures fixtures;

    @Inject
    Api api;

    @Inject
    MailReplies replies;

    @Inject
    @ConfigProperty(name = "partnerdesk.mail.port")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "partnerdesk.mail.imap.port")
    int imapPort;

    private GreenMail mail;
    private GreenMailUser mailbox;

    @BeforeEach
    void startMail() {
        mail = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
        });
        mail.start();
        mailbox = mail.setUser(MAILBOX, "support", "secret");
    }

    @AfterEach
    void stopMail() {
        mail.stop();
    }

    private String tomOpens(String title) {
        Api.Response opened = api.send(
                "POST",
                "tom",
                "api/v1/customer/supportrequests",
                "{\"subscriptionId\":\"" + Demo.TAILSPIN_AZURE_PLAN + "\",\"title\":\"" + title
                        + "\",\"description\":\"Mail from outside arrives late.\",\"severity\":\"C\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().getString("id");
    }

    /** The notification about the request that reached hana, once it has arrived. */
    private MimeMessage notificationTo(String recipient, String title) throws Exception {
        for (int i = 0; i < 150; i++) {
            for (MimeMessage m : mail.getReceivedMessages()) {
                if (m.getSubject() != null
                        && m.getSubject().contains(title)
                        && m.getAllRecipients()[0].toString().equals(recipient)) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail to " + recipient + " about " + title);
    }

    private MimeMessage reply(String from, String to, String text, String fileName, byte[] file) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject("Re: your request", "UTF-8");
        message.setHeader("Message-ID", "<" + UUID.randomUUID() + "@mail.test>");
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart body = new MimeBodyPart();
        body.setText(text, "UTF-8");
        parts.addBodyPart(body);
        if (fileName != null) {
            MimeBodyPart attached = new MimeBodyPart();
            attached.setText(new String(file, StandardCharsets.UTF_8), "UTF-8");
            attached.setFileName(fileName);
            attached.setDisposition(MimeBodyPart.ATTACHMENT);
            parts.addBodyPart(attached);
        }
        message.setContent(parts);
        message.saveChanges();
        message.setHeader("Message-ID", "<" + UUID.randomUUID() + "@mail.test>");
        return message;
    }

    private List<JsonObject> notes(String id) {
        return api.get("hana", "api/v1/supportrequests/" + id)
                .json()
                .getJsonArray("notes")
                .getValuesAs(JsonObject.class);
    }

    private int unread() throws MessagingException {
        Properties properties = new Properties();
        try (Store store = Session.getInstance(properties).getStore("imap")) {
            store.connect("127.0.0.1", imapPort, "support", "secret");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return inbox.search(new jakarta.mail.search.FlagTerm(new Flags(Flags.Flag.SEEN), false)).length;
            } finally {
                inbox.close(false);
            }
        }
    }

    @Test
    void aReplyFromSomeoneWhoMayWriteBecomesTheirNoteWithoutTheQuoteWithItsFileAndOnlyOnce() throws Exception {
        String title = "Mail late " + UUID.randomUUID().toString().substring(0, 8);
        String id = tomOpens(title);
        MimeMessage notification = notificationTo("hana@contoso.example", title);
        String replyTo = notification.getReplyTo()[0].toString();
        assertThat(replyTo).matches("support\\+[a-z2-7]{26}@test\\.example").doesNotContain(id);
        assertThat(notification.getContent().toString()).startsWith("## Reply above this line");

        mailbox.deliver(reply(
                "Hana Kaya <hana@contoso.example>",
                replyTo,
                "Restarted the connector, mail flows again.\r\n\r\nOn Thu, 3 Dec 2026, PartnerDesk wrote:\r\n> "
                        + notification.getContent().toString().replace("\n", "\n> "),
                "connector.log",
                "10:00 connector restarted\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(unread()).isEqualTo(1);

        assertThat(replies.poll()).isEqualTo(1);
        List<JsonObject> notes = notes(id);
        assertThat(notes)
                .as(api.get("hana", "api/v1/supportrequests/" + id).body())
                .hasSize(1);
        assertThat(notes.get(0).getString("createdBy")).isEqualTo("hana");
        assertThat(notes.get(0).getString("text")).isEqualTo("Restarted the connector, mail flows again.");
        JsonObject file = api.get("hana", "api/v1/supportrequests/" + id + "/attachments")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertThat(file.getString("fileName")).isEqualTo("connector.log");
        assertThat(file.getInt("noteId")).isEqualTo(1);
        assertThat(file.getString("uploadedBy")).isEqualTo("hana");
        assertThat(unread()).as("the reply is marked read").isZero();
        assertThat(fixtures.auditCount(id, "SUPPORT_REQUEST_NOTE_ADDED")).isEqualTo(1);

        // The customer's admin answers too; the same mail read again changes nothing.
        MimeMessage fromTom = reply("tom@tailspintoys.example", replyTo, "Confirmed, thank you.", null, null);
        mailbox.deliver(fromTom);
        assertThat(replies.poll()).isEqualTo(1);
        assertThat(notes(id)).extracting(n -> n.getString("createdBy")).containsExactly("hana", "tom");
        assertThat(replies.handle(MailReplies.read(fromTom)))
                .as("a mail already turned into a note")
                .hasToString("NOTED");
        assertThat(notes(id)).hasSize(2);
    }

    @Test
    void aReplyFromAnyoneElseOrToNoRequestIsLeftUnreadAndWritesNothing() throws Exception {
        String title = "Mail lost " + UUID.randomUUID().toString().substring(0, 8);
        String id = tomOpens(title);
        String replyTo =
                notificationTo("hana@contoso.example", title).getReplyTo()[0].toString();

        mailbox.deliver(reply("felix@fabrikam.example", replyTo, "Let me in.", "x.txt", "x".getBytes()));
        mailbox.deliver(reply("ava@adventure-works.example", replyTo, "Not my request.", null, null));
        mailbox.deliver(reply(
                "hana@contoso.example", "support+abcdefghijklmnopqrstuvwxyz@test.example", "Which one?", null, null));
        mailbox.deliver(reply("hana@contoso.example", replyTo, "> only the quote", null, null));

        assertThat(replies.poll()).isZero();
        assertThat(replies.poll()).as("read again, still nothing").isZero();
        assertThat(notes(id)).isEmpty();
        assertThat(api.get("hana", "api/v1/supportrequests/" + id + "/attachments")
                        .json()
                        .getJsonArray("items"))
                .isEmpty();
        assertThat(unread()).as("left unread for a person to look at").isEqualTo(4);
    }
}
