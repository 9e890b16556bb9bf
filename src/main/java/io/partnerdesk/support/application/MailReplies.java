package io.partnerdesk.support.application;

import io.partnerdesk.audit.application.AuditLog;
import io.partnerdesk.organisation.application.OrganisationMembers;
import io.partnerdesk.organisation.domain.DirectoryUser;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.SystemText;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.support.application.AttachmentService.Side;
import io.partnerdesk.support.domain.AttachmentRepository;
import io.partnerdesk.support.domain.AttachmentTypes;
import io.partnerdesk.support.domain.MailReply;
import io.partnerdesk.support.domain.Note;
import io.partnerdesk.support.domain.ReplyText;
import io.partnerdesk.support.domain.SupportRequest;
import io.partnerdesk.support.domain.SupportRequestRepository;
import io.partnerdesk.support.domain.SupportRequestStatus;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.FlagTerm;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Replies to notification e-mails become notes. The unread mails of the reply mailbox are read; one
 * sent to a request's reply address by a person who may write on that request (the customer's admin
 * on the customer's own request, the handler's support staff; matched by their directory address)
 * becomes a note by that person, without what their mail program quoted, with its files attached.
 * Anything else is left unread and logged once. Each mail is remembered by its Message-ID, so none
 * is turned into a note twice, even when marking it read fails.
 */
@Stateless
public class MailReplies {

    private static final Logger LOG = Logger.getLogger(MailReplies.class.getName());

    /** A mail as read from the mailbox. */
    public record Received(String id, String sender, List<String> recipients, String text, List<File> files) {}

    /** A file a mail carries. */
    public record File(String name, String contentType, byte[] bytes) {}

    @Inject
    ReplyMailbox mailbox;

    @Inject
    SupportRequestRepository requests;

    @Inject
    OrganisationMembers members;

    @Inject
    AttachmentStore attachments;

    @Inject
    AttachmentLimits limits;

    @Inject
    AttachmentRepository attachmentRows;

    @Inject
    AuditLog auditLog;

    @Inject
    SupportNotifier notifier;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** Reads the mailbox's unread mails once; answers how many became notes. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int poll() {
        if (!mailbox.isEnabled()) {
            return 0;
        }
        int noted = 0;
        try (Store store = mailbox.connect()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            try {
                MailReplies self = context.getBusinessObject(MailReplies.class);
                for (Message message : inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    MailReply.Outcome outcome = self.handle(read(message));
                    // Reading a mail marks it read; one that did not become a note is left unread.
                    message.setFlag(Flags.Flag.SEEN, outcome == MailReply.Outcome.NOTED);
                    if (outcome == MailReply.Outcome.NOTED) {
                        noted++;
                    }
                }
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException | IOException e) {
            LOG.log(Level.WARNING, "Could not read the reply mailbox at " + mailbox.describe(), e);
        }
        return noted;
    }

    /** Turns one mail into a note, or leaves it; in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public MailReply.Outcome handle(Received mail) {
        MailReply seen = em.find(MailReply.class, mail.id());
        if (seen != null) {
            return seen.getOutcome();
        }
        Optional<SupportRequest> found = mail.recipients().stream()
                .map(mailbox::tokenIn)
                .flatMap(Optional::stream)
                .findFirst()
                .flatMap(requests::findByReplyToken);
        if (found.isEmpty()) {
            return ignored(mail, null, "not sent to a request's reply address");
        }
        SupportRequest request = found.get();
        Optional<Writer> writer = writerOf(request, mail.sender());
        if (writer.isEmpty()) {
            return ignored(mail, request, "the sender may not write on this request");
        }
        Writer by = writer.get();
        boolean closed = by.side() == Side.CUSTOMER
                ? !request.getStatus().acceptsCustomerNotes()
                : request.getStatus() == SupportRequestStatus.CLOSED;
        if (closed) {
            return ignored(mail, request, "the request is closed");
        }
        String text = ReplyText.of(mail.text());
        if (text.length() > Note.MAX_LENGTH) {
            text = text.substring(0, Note.MAX_LENGTH - 1) + "…";
        }
        List<File> files = mail.files().stream().filter(this::acceptable).toList();
        if (text.isEmpty() && files.isEmpty()) {
            return ignored(mail, request, "nothing above the quoted text");
        }
        Instant now = Instant.now();
        String written = text.isEmpty() ? SystemText.of("note.filesByMail", files.size()) : SystemText.typed(text);
        // The files first: storing one locks the request, which reads it again from the database.
        int noteNumber = request.getNotes().size() + 1;
        long room = limits.maxRequestBytes() - attachmentRows.bytesOf(request.getId());
        for (File file : files) {
            if (file.bytes().length > room) {
                LOG.info(() -> "A file of a reply by e-mail does not fit in request " + request.getId() + "'s room");
                continue;
            }
            room -= file.bytes().length;
            try {
                attachments.store(
                        by.side(),
                        request,
                        noteNumber,
                        new AttachmentService.Upload(
                                file.name(), file.contentType(), new ByteArrayInputStream(file.bytes())),
                        new AttachmentStore.Author(
                                by.user().getUsername(), by.user().getDisplayName(), by.organisation()));
            } catch (BusinessException refused) {
                LOG.info(() -> "A file of a reply by e-mail was not attached to request " + request.getId() + ": "
                        + refused.getMessage());
            }
        }
        request.addNote(
                new Note(by.user().getUsername(), by.user().getDisplayName(), by.organisation(), now, written),
                by.side() == Side.STAFF);
        auditLog.recordAs(
                by.user().getUsername(),
                SupportAudit.of(
                        request,
                        "SUPPORT_REQUEST_NOTE_ADDED",
                        null,
                        text.isEmpty()
                                ? SystemText.of("audit.value.filesByMail", files.size())
                                : SystemText.of("audit.value.noteByMail", CustomerRequestService.abbreviate(written))));
        if (by.side() == Side.CUSTOMER) {
            notifier.toHandler(request, "notice.request.customerNote", request.getTitle(), by.organisation());
        } else {
            notifier.toCustomer(
                    request,
                    "notice.request.partnerNote",
                    request.getTitle(),
                    request.getHandler().getName());
        }
        notifier.updated(request);
        em.persist(new MailReply(mail.id(), request.getId(), mail.sender(), MailReply.Outcome.NOTED, null, now));
        return MailReply.Outcome.NOTED;
    }

    /** A file is kept when it fits and is no program or script; the rest of the reply is kept all the same. */
    private boolean acceptable(File file) {
        byte[] head = file.bytes().length <= AttachmentTypes.HEAD_BYTES
                ? file.bytes()
                : java.util.Arrays.copyOf(file.bytes(), AttachmentTypes.HEAD_BYTES);
        return file.bytes().length > 0
                && file.bytes().length <= limits.maxFileBytes()
                && AttachmentTypes.refusal(file.name(), head).isEmpty();
    }

    private MailReply.Outcome ignored(Received mail, SupportRequest request, String reason) {
        LOG.info(() -> "A mail from " + mail.sender() + " to the reply mailbox was left unread: " + reason);
        em.persist(new MailReply(
                mail.id(),
                request == null ? null : request.getId(),
                mail.sender(),
                MailReply.Outcome.IGNORED,
                reason,
                Instant.now()));
        return MailReply.Outcome.IGNORED;
    }

    /** Who writes: the person, their side of the request and their organisation's name. */
    private record Writer(DirectoryUser user, Side side, String organisation) {}

    /** The person the sender's address belongs to, among those who may write on the request. */
    private Optional<Writer> writerOf(SupportRequest request, String sender) {
        if (sender == null) {
            return Optional.empty();
        }
        String address = sender.toLowerCase(Locale.ROOT);
        Stream<Writer> staff = members.ofPartner(request.getHandler().getId()).stream()
                .filter(u -> u.holdsAnyOf(Role.SUPPORT_ROLES))
                .map(u -> new Writer(u, Side.STAFF, request.getHandler().getName()));
        Stream<Writer> customer = request.getEscalatedFromId() != null
                ? Stream.empty()
                : members.ofCustomer(request.getCustomer().getId()).stream()
                        .filter(u -> u.holdsAnyOf(List.of(Role.CUSTOMER_ADMIN)))
                        .map(u -> new Writer(
                                u, Side.CUSTOMER, request.getCustomer().getCompanyName()));
        return Stream.concat(staff, customer)
                .filter(w -> w.user().getEmail() != null
                        && w.user().getEmail().toLowerCase(Locale.ROOT).equals(address))
                .findFirst();
    }

    /** Reads what the handling needs from a mail: its id, sender, recipients, text and files. */
    public static Received read(Message message) throws MessagingException, IOException {
        String[] ids = message.getHeader("Message-ID");
        String identity = ids != null && ids.length > 0
                ? ids[0]
                : message.getSentDate() + "|" + java.util.Arrays.toString(message.getFrom()) + "|"
                        + message.getSubject();
        Address[] from = message.getFrom();
        String sender = from != null && from.length > 0 && from[0] instanceof InternetAddress a ? a.getAddress() : null;
        List<String> recipients = new ArrayList<>();
        for (Message.RecipientType type : List.of(Message.RecipientType.TO, Message.RecipientType.CC)) {
            Address[] addresses = message.getRecipients(type);
            if (addresses != null) {
                for (Address address : addresses) {
                    if (address instanceof InternetAddress a) {
                        recipients.add(a.getAddress());
                    }
                }
            }
        }
        String[] delivered = message.getHeader("Delivered-To");
        if (delivered != null) {
            recipients.addAll(List.of(delivered));
        }
        StringBuilder text = new StringBuilder();
        List<File> files = new ArrayList<>();
        collect(message, text, files);
        return new Received(digest(identity), sender, recipients, text.toString(), files);
    }

    private static void collect(Part part, StringBuilder text, List<File> files)
            throws MessagingException, IOException {
        String disposition = part.getDisposition();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), text, files);
            }
        } else if (part.getFileName() != null || Part.ATTACHMENT.equalsIgnoreCase(disposition)) {
            try (InputStream in = part.getInputStream()) {
                files.add(new File(part.getFileName(), part.getContentType(), in.readAllBytes()));
            }
        } else if (part.isMimeType("text/plain") && text.isEmpty()) {
            text.append(part.getContent());
        } else if (part.isMimeType("text/html") && text.isEmpty()) {
            text.append(String.valueOf(part.getContent())
                    .replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
                    .replaceAll("(?i)<br\\s*/?>|</p>|</div>", "\n")
                    .replaceAll("<[^>]+>", "")
                    .replace("&nbsp;", " ")
                    .replace("&gt;", ">")
                    .replace("&lt;", "<")
                    .replace("&amp;", "&"));
        }
    }

    private static String digest(String identity) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
