package io.partnerdesk.support.api;

import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.web.ContentDisposition;
import io.partnerdesk.support.application.AttachmentService;
import io.partnerdesk.support.application.AttachmentService.Side;
import io.partnerdesk.support.domain.Attachment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the partner's and the customer's request resources answer about files alike: an upload as
 * {@code multipart/form-data} (part {@code file}, optional part {@code noteId}), the list, and the
 * bytes, always as a download that the browser neither runs nor sniffs.
 */
@ApplicationScoped
public class AttachmentEndpoints {

    @Inject
    AttachmentService attachments;

    /** A file as the API shows it; {@code noteId} is the number of the note it is attached to, if any. */
    public record AttachmentDto(
            UUID id,
            String fileName,
            String contentType,
            long size,
            String sha256,
            String uploadedBy,
            String uploadedByName,
            String organisation,
            Instant uploadedAt,
            Integer noteId) {
        static AttachmentDto of(Attachment a) {
            return new AttachmentDto(
                    a.getId(),
                    a.getFileName(),
                    a.getContentType(),
                    a.getSize(),
                    a.getSha256(),
                    a.getUploadedBy(),
                    a.getUploadedByName(),
                    a.getUploadedByOrganisation(),
                    a.getUploadedAt(),
                    a.getNoteNumber());
        }
    }

    /** The list of a request's files, oldest first. */
    public record AttachmentList(int totalCount, List<AttachmentDto> items) {}

    AttachmentList list(Side side, UUID requestId) {
        List<AttachmentDto> items = attachments.list(side, requestId).stream()
                .map(AttachmentDto::of)
                .toList();
        return new AttachmentList(items.size(), items);
    }

    Response upload(Side side, UUID requestId, List<EntityPart> parts) throws IOException {
        EntityPart file = null;
        Integer noteNumber = null;
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            switch (part.getName()) {
                case "file" -> {
                    if (file != null) {
                        throw invalid("send one part named file per upload");
                    }
                    file = part;
                }
                case "noteId" -> noteNumber = noteNumber(part);
                default -> throw invalid("unknown part " + part.getName() + "; send file and optionally noteId");
            }
        }
        if (file == null || file.getFileName().isEmpty()) {
            throw invalid("send the file as the part named file, with its file name");
        }
        String type = file.getMediaType() == null ? null : file.getMediaType().toString();
        try (InputStream content = file.getContent()) {
            Attachment stored = attachments.add(
                    side,
                    requestId,
                    noteNumber,
                    new AttachmentService.Upload(utf8(file.getFileName().get()), type, content));
            return Response.status(201).entity(AttachmentDto.of(stored)).build();
        }
    }

    Response download(Side side, UUID requestId, UUID attachmentId) {
        Attachment attachment = attachments.describe(side, requestId, attachmentId);
        StreamingOutput bytes = out -> attachments.copy(side, requestId, attachmentId, out);
        return Response.ok(bytes, attachment.getContentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(attachment.getFileName()))
                .header(HttpHeaders.CONTENT_LENGTH, attachment.getSize())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    /**
     * The file name as the client meant it. Browsers and most clients send it as UTF-8 bytes, which
     * the multipart reader takes for ISO-8859-1 characters: those are read again as UTF-8 when they
     * are valid UTF-8 (a name of ISO-8859-1 characters never is, unless it is plain ASCII).
     */
    static String utf8(String name) {
        if (name.chars().anyMatch(c -> c > 0xFF) || name.chars().allMatch(c -> c < 0x80)) {
            return name;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException e) {
            return name;
        }
    }

    private static Integer noteNumber(EntityPart part) throws IOException {
        String text = part.getContent(String.class).strip();
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw invalid("noteId must be the number of one of the request's notes");
        }
    }

    private static BusinessException invalid(String why) {
        return new BusinessException(400, "INVALID_REQUEST", why);
    }
}
