package io.partnerdesk.support.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A file attached to a support request, or to one of its notes (by the note's number, from 1):
 * its name, type and size as uploaded, who uploaded it, and a SHA-256 of its bytes. The bytes
 * themselves are kept apart ({@link AttachmentRepository}), so listing files never reads them.
 */
@Entity
@Table(name = "support_attachment")
public class Attachment {

    public static final int MAX_FILE_NAME = 255;
    static final String UNKNOWN_TYPE = "application/octet-stream";
    private static final Pattern MEDIA_TYPE =
            Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,40}/[a-z0-9][a-z0-9!#$&^_.+-]{0,57}");

    @Id
    @Column(name = "id", length = 36)
    private UUID id;

    @Column(name = "support_request_id", nullable = false, length = 36)
    private UUID requestId;

    @Column(name = "note_number")
    private Integer noteNumber;

    @Column(name = "file_name", nullable = false, length = MAX_FILE_NAME)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_by_name", nullable = false, length = 200)
    private String uploadedByName;

    @Column(name = "uploaded_by_org", nullable = false, length = 200)
    private String uploadedByOrganisation;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Attachment() {}

    /** A file about to be stored: its size and digest are set once its bytes are ({@link #stored}). */
    public Attachment(
            UUID requestId,
            Integer noteNumber,
            String fileName,
            String contentType,
            String uploadedBy,
            String uploadedByName,
            String uploadedByOrganisation,
            Instant uploadedAt) {
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.noteNumber = noteNumber;
        this.fileName = cleanFileName(fileName);
        this.contentType = cleanContentType(contentType);
        this.uploadedBy = uploadedBy;
        this.uploadedByName = uploadedByName;
        this.uploadedByOrganisation = uploadedByOrganisation;
        this.uploadedAt = uploadedAt;
        this.sha256 = "";
    }

    void stored(long bytes, String digest) {
        this.size = bytes;
        this.sha256 = digest;
    }

    /**
     * The name a file is kept and offered under: the last part of what the browser sent (some send
     * the whole path), without control characters, at most {@value #MAX_FILE_NAME} characters, and
     * "attachment" when nothing is left.
     */
    public static String cleanFileName(String submitted) {
        if (submitted == null) {
            return "attachment";
        }
        String name = submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && c != '"' && Character.getType(c) != Character.FORMAT)
                .forEach(kept::appendCodePoint);
        String cleaned = kept.toString().strip();
        if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
            return "attachment";
        }
        return cleaned.length() <= MAX_FILE_NAME ? cleaned : cleaned.substring(0, MAX_FILE_NAME);
    }

    /** The declared media type without its parameters when it is a well-formed one; else octet-stream. */
    public static String cleanContentType(String declared) {
        if (declared == null) {
            return UNKNOWN_TYPE;
        }
        int semicolon = declared.indexOf(';');
        String type = (semicolon < 0 ? declared : declared.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
        return MEDIA_TYPE.matcher(type).matches() ? type : UNKNOWN_TYPE;
    }

    public UUID getId() {
        return id;
    }

    public UUID getRequestId() {
        return requestId;
    }

    public Integer getNoteNumber() {
        return noteNumber;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public String getUploadedByName() {
        return uploadedByName;
    }

    public String getUploadedByOrganisation() {
        return uploadedByOrganisation;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
