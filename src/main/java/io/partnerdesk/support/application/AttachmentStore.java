package io.partnerdesk.support.application;

import io.partnerdesk.audit.application.AuditLog;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.SystemText;
import io.partnerdesk.support.application.AttachmentService.Side;
import io.partnerdesk.support.application.AttachmentService.Upload;
import io.partnerdesk.support.domain.Attachment;
import io.partnerdesk.support.domain.AttachmentRepository;
import io.partnerdesk.support.domain.AttachmentTypes;
import io.partnerdesk.support.domain.SupportRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * Stores a file on a request that its author has already reached (through the pages, the API or a
 * reply by e-mail): refused when it is a program or a script, empty, or too large; audited as the
 * author's and announced to the other side. Runs in the caller's transaction.
 */
@ApplicationScoped
public class AttachmentStore {

    @Inject
    AttachmentRepository attachments;

    @Inject
    AttachmentLimits limits;

    @Inject
    AuditLog auditLog;

    @Inject
    SupportNotifier notifier;

    /** Who adds a file: user name, display name and organisation. */
    public record Author(String username, String displayName, String organisation) {}

    /**
     * Stores a file on a request the caller has already reached, audited as {@code author}'s and
     * announced; refused as {@link #add} says (the caller rolls back).
     */
    public Attachment store(Side side, SupportRequest request, Integer noteNumber, Upload upload, Author author) {
        try {
            BufferedInputStream content = new BufferedInputStream(upload.content(), AttachmentTypes.HEAD_BYTES);
            content.mark(AttachmentTypes.HEAD_BYTES);
            byte[] head = content.readNBytes(AttachmentTypes.HEAD_BYTES);
            content.reset();
            String fileName = Attachment.cleanFileName(upload.fileName());
            if (head.length == 0) {
                throw new BusinessException(400, "ATTACHMENT_EMPTY", fileName);
            }
            if (AttachmentTypes.refusal(fileName, head).isPresent()) {
                throw new BusinessException(415, "ATTACHMENT_TYPE_REFUSED", fileName);
            }
            attachments.lockRequest(request);
            long room = limits.maxRequestBytes() - attachments.bytesOf(request.getId());
            if (room <= 0) {
                throw new BusinessException(
                        413, "ATTACHMENTS_FULL", AttachmentLimits.readable(limits.maxRequestBytes()));
            }
            Attachment attachment = new Attachment(
                    request.getId(),
                    noteNumber,
                    fileName,
                    upload.contentType(),
                    author.username(),
                    author.displayName(),
                    author.organisation(),
                    Instant.now());
            try {
                attachments.add(attachment, content, Math.min(limits.maxFileBytes(), room));
            } catch (AttachmentRepository.TooLarge e) {
                throw room < limits.maxFileBytes()
                        ? new BusinessException(
                                413, "ATTACHMENTS_FULL", AttachmentLimits.readable(limits.maxRequestBytes()))
                        : new BusinessException(
                                413,
                                "ATTACHMENT_TOO_LARGE",
                                fileName,
                                AttachmentLimits.readable(limits.maxFileBytes()));
            }
            recorded(side, request, attachment);
            return attachment;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void recorded(Side side, SupportRequest request, Attachment attachment) {
        auditLog.recordAs(
                attachment.getUploadedBy(),
                SupportAudit.of(
                        request,
                        "SUPPORT_REQUEST_ATTACHMENT_ADDED",
                        null,
                        attachment.getNoteNumber() == null
                                ? SystemText.of(
                                        "audit.value.attachment",
                                        attachment.getFileName(),
                                        attachment.getSize(),
                                        attachment.getSha256())
                                : SystemText.of(
                                        "audit.value.attachmentOfNote",
                                        attachment.getFileName(),
                                        attachment.getSize(),
                                        attachment.getSha256(),
                                        attachment.getNoteNumber())));
        if (side == Side.CUSTOMER) {
            notifier.toHandler(
                    request, "notice.request.customerAttachment", request.getTitle(), attachment.getFileName());
        } else {
            notifier.toCustomer(
                    request,
                    "notice.request.partnerAttachment",
                    request.getTitle(),
                    request.getHandler().getName(),
                    attachment.getFileName());
        }
        notifier.updated(request);
    }
}
